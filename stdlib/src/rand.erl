%% rand: pseudo random numbers, erlts's own implementation of OTP 25's module.
%%
%% Programs compare sequences with OTP's, so everything observable is OTP's: the
%% algorithms (xorshift116** `exsss`, the default; xorshift116+ `exsp`; xoroshiro116+
%% `exrop`; xoroshiro928** `exro928ss`; xorshift1024* `exs1024s`; the deprecated `exs64`,
%% `exsplus`, `exs1024`; and `dummy`), how each is seeded from an integer, a list or a
%% 3-tuple (SplitMix64 for integers), how integers in a range and floats are made from
%% the generator's bits, and the state: `{AlgHandler, AlgState}` where AlgHandler is a
%% map #{type, bits | max, weak_low_bits, next, uniform, uniform_n, jump} (the values of
%% next/uniform/uniform_n/jump are funs, which print differently from OTP's) and
%% AlgState is OTP's term (an improper list [S0|S1] of two 58-bit words for the
%% two-word algorithms, {Forward, ReversedTail} lists for the 16-word ones). The state
%% of the process-wide generator is kept under the process-dictionary key `rand_seed`.
%%
%% The 58-bit steps of the default algorithm run natively (erlts_rand, in
%% runtime/bifs/rand.ts): with most words above 2^53 they would be bignum arithmetic here.
-module(rand).

-export([seed_s/1, seed_s/2, seed/1, seed/2, export_seed/0, export_seed_s/1,
         uniform/0, uniform/1, uniform_s/1, uniform_s/2,
         uniform_real/0, uniform_real_s/1, bytes/1, bytes_s/2,
         jump/0, jump/1, normal/0, normal/2, normal_s/1, normal_s/3]).
-export([exsp_next/1, exsp_jump/1, splitmix64_next/1,
         mwc59/1, mwc59_value32/1, mwc59_value/1, mwc59_float/1,
         mwc59_seed/0, mwc59_seed/1]).
-export([exro928_jump_2pow512/1, exro928_jump_2pow20/1, exro928_seed/1,
         exro928_next/1, exro928_next_state/1, seed58/2]).
-export([make_float/3, float2str/1, bc64/1]).

-define(M58, 16#3ffffffffffffff).
-define(M64, 16#ffffffffffffffff).
-define(P58, 16#400000000000000).
%% 2^-53: a 53-bit integer times this is a float in [0, 1).
-define(F53, 1.11022302462515657e-16).

%% ---- the process-wide state -------------------------------------------------

seed_get() ->
    case get(rand_seed) of
        undefined -> seed(exsss);
        S -> S
    end.

seed_put(S) ->
    put(rand_seed, S),
    S.

export_seed() ->
    case get(rand_seed) of
        {#{type := Alg}, AlgState} -> {Alg, AlgState};
        _ -> undefined
    end.

export_seed_s({#{type := Alg}, AlgState}) -> {Alg, AlgState}.

seed(AlgOrState) -> seed_put(seed_s(AlgOrState)).

seed(Alg, Seed) -> seed_put(seed_s(Alg, Seed)).

seed_s({Handler, _} = State) when is_map(Handler) -> State;
seed_s({Alg, AlgState}) when is_atom(Alg) ->
    {Handler, _} = mk_alg(Alg),
    {Handler, AlgState};
seed_s(Alg) -> seed_s(Alg, time_seed()).

seed_s(default, Seed) -> seed_s(exsss, Seed);
seed_s(Alg, Seed) ->
    {Handler, Seeder} = mk_alg(Alg),
    {Handler, Seeder(Seed)}.

%% Seeding without a seed: three values that differ between processes and runs. (OTP
%% takes erlang:unique_integer/0 as the third; erlts has no such BIF yet, and a fresh
%% reference's hash serves the same purpose.)
time_seed() ->
    {erlang:phash2([{node(), self()}]), erlang:system_time(), erlang:phash2(make_ref())}.

%% {AlgHandler, SeedFun} of each algorithm.
mk_alg(exsss) ->
    {#{type => exsss, bits => 58, next => fun exsss_next/1,
       uniform => fun exsss_uniform/1, uniform_n => fun exsss_uniform/2,
       jump => fun exsplus_jump/1},
     fun exsss_seed/1};
mk_alg(exsp) ->
    {#{type => exsp, bits => 58, weak_low_bits => 1, next => fun exsp_next/1,
       uniform => fun exsp_uniform/1, uniform_n => fun exsp_uniform/2,
       jump => fun exsplus_jump/1},
     fun exsplus_seed/1};
mk_alg(exsplus) ->
    {#{type => exsplus, max => ?M58, next => fun exsp_next/1,
       jump => fun exsplus_jump/1},
     fun exsplus_seed/1};
mk_alg(exrop) ->
    {#{type => exrop, bits => 58, weak_low_bits => 1, next => fun exrop_next/1,
       uniform => fun exrop_uniform/1, uniform_n => fun exrop_uniform/2,
       jump => fun exrop_jump/1},
     fun exrop_seed/1};
mk_alg(exro928ss) ->
    {#{type => exro928ss, bits => 58, next => fun exro928ss_next/1,
       uniform => fun exro928ss_uniform/1, uniform_n => fun exro928ss_uniform/2,
       jump => fun exro928_jump/1},
     fun exro928_seed/1};
mk_alg(exs1024s) ->
    {#{type => exs1024s, bits => 64, weak_low_bits => 3, next => fun exs1024_next/1,
       jump => fun exs1024_jump/1},
     fun exs1024_seed/1};
mk_alg(exs1024) ->
    {#{type => exs1024, max => ?M64, next => fun exs1024_next/1,
       jump => fun exs1024_jump/1},
     fun exs1024_seed/1};
mk_alg(exs64) ->
    {#{type => exs64, max => ?M64, next => fun exs64_next/1}, fun exs64_seed/1};
mk_alg(dummy) ->
    {#{type => dummy, bits => 58, next => fun dummy_next/1,
       uniform => fun dummy_uniform/1, uniform_n => fun dummy_uniform/2},
     fun dummy_seed/1}.

%% ---- uniform integers and floats --------------------------------------------

uniform() ->
    {X, S} = uniform_s(seed_get()),
    put(rand_seed, S),
    X.

uniform(N) ->
    {X, S} = uniform_s(N, seed_get()),
    put(rand_seed, S),
    X.

uniform_s({#{uniform := U}, _} = State) -> U(State);
uniform_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    {(V bsr (Bits - 53)) * ?F53, {H, R1}};
uniform_s({#{max := Max, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    {V / (Max + 1), {H, R1}}.

uniform_s(N, {#{uniform_n := U}, _} = State) when is_integer(N), N >= 1 ->
    U(N, State);
uniform_s(N, {#{bits := Bits, next := Next} = H, R0}) when is_integer(N), N >= 1 ->
    {V, R1} = Next(R0),
    in_range(N, H, R1, V, (1 bsl Bits) - N);
uniform_s(N, {#{max := Max, next := Next} = H, R0}) when is_integer(N), N >= 1 ->
    {V, R1} = Next(R0),
    if
        N =< Max -> {V rem N + 1, {H, R1}};
        true -> {trunc(V / (Max + 1) * N) + 1, {H, R1}}
    end.

%% V is a fresh word of a generator with 2^Bits values, Slack = 2^Bits - N. A V from
%% the top, incomplete stretch of N values is thrown away and a new one drawn; a range
%% wider than the generator takes several words.
in_range(N, H, R, V, Slack) when Slack >= 0 ->
    if
        V < N -> {V + 1, {H, R}};
        true ->
            I = V rem N,
            if
                V - I =< Slack -> {I + 1, {H, R}};
                true -> uniform_s(N, {H, R})
            end
    end;
in_range(N, #{next := Next, bits := Bits} = H, R, V, _) ->
    Weak = maps:get(weak_low_bits, H, 0),
    Shift = Bits - Weak,
    Keep = bnot ((1 bsl Weak) - 1),
    case N band (N - 1) of
        0 ->
            {V1, R1, _} = wide(N bsr Bits, Next, R, V, Keep, Shift, Bits),
            {(V1 band (N - 1)) + 1, {H, R1}};
        _ ->
            {V1, R1, B} = wide(N bsr (Bits - 2), Next, R, V, Keep, Shift, Bits),
            I = V1 rem N,
            if
                V1 - I =< (1 bsl B) - N -> {I + 1, {H, R1}};
                true ->
                    {V2, R2} = Next(R1),
                    in_range(N, H, R2, V2, -1)
            end
    end.

%% Appends the strong bits of more words below V while Rest > 1: {V, R, BitsInV}.
wide(Rest, _Next, R, V, _Keep, _Shift, B) when Rest =< 1 -> {V, R, B};
wide(Rest, Next, R, V, Keep, Shift, B) ->
    {V1, R1} = Next(R),
    wide(Rest bsr Shift, Next, R1, ((V band Keep) bsl Shift) bor V1, Keep, Shift, B + Shift).

%% Uniform floats in (0, 1) with every representable float possible: the leading
%% zero bits of the fraction are counted across several words when needed.
uniform_real() ->
    {X, S} = uniform_real_s(seed_get()),
    put(rand_seed, S),
    X.

uniform_real_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    real_first(H, Next, V bsr (Bits - 56), R1, Bits);
uniform_real_s({#{max := _, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    real_first(H, Next, V band 16#ffffffffffffff, R1, 56).

%% M holds 56 fresh bits.
real_first(H, Next, M, R1, Bits) ->
    case top56(M, 0, H, R1) of
        none ->
            {V2, R2} = Next(R1),
            %% (A `max` generator's word is not cut to 56 bits here: OTP's is not.)
            real_more(H, Next, M, -56, R2, V2, Bits);
        Done -> Done
    end.

%% The float from 56 bits M when one of the top four bits is set, scaled by 2^Exp.
top56(M, Exp, H, R) when M >= 16#80000000000000 ->
    {(M bsr 3) * math:pow(2.0, Exp - 53), {H, R}};
top56(M, Exp, H, R) when M >= 16#40000000000000 ->
    {(M bsr 2) * math:pow(2.0, Exp - 54), {H, R}};
top56(M, Exp, H, R) when M >= 16#20000000000000 ->
    {(M bsr 1) * math:pow(2.0, Exp - 55), {H, R}};
top56(M, Exp, H, R) when M >= 16#10000000000000 ->
    {M * math:pow(2.0, Exp - 56), {H, R}};
top56(_, _, _, _) -> none.

%% M0 (< 2^52) is what is left of the bits read so far, Exp its scale; V1 the next word.
real_more(H, _Next, M0, -1064, R1, V1, Bits) ->
    Missing = 53 - bit_count(M0, 1 bsl 51, 52),
    {((M0 bsl Missing) bor (V1 bsr (Bits - Missing))) * math:pow(2.0, -1064 - Missing),
     {H, R1}};
real_more(H, Next, M0, Exp, R1, V1, Bits) ->
    if
        M0 >= 1 bsl 51 -> fill(H, M0, 1, V1, Bits, Exp, R1);
        M0 >= 1 bsl 50 -> fill(H, M0, 2, V1, Bits, Exp, R1);
        M0 >= 1 bsl 49 -> fill(H, M0, 3, V1, Bits, Exp, R1);
        M0 == 0 ->
            M1 = V1 bsr (Bits - 56),
            case top56(M1, Exp, H, R1) of
                none when Exp =:= -1008, M1 < 1 bsl 42 -> uniform_real_s({H, R1});
                none -> real_next(H, Next, M1, Exp - 56, R1);
                Done -> Done
            end;
        true -> fill(H, M0, 53 - bit_count(M0, 1 bsl 48, 49), V1, Bits, Exp, R1)
    end.

fill(H, M0, N, V1, Bits, Exp, R1) ->
    {((M0 bsl N) bor (V1 bsr (Bits - N))) * math:pow(2.0, Exp - N), {H, R1}}.

real_next(#{bits := Bits} = H, Next, M0, Exp, R0) ->
    {V1, R1} = Next(R0),
    real_more(H, Next, M0, Exp, R1, V1, Bits);
real_next(#{max := _} = H, Next, M0, Exp, R0) ->
    {V1, R1} = Next(R0),
    real_more(H, Next, M0, Exp, R1, V1 band 16#ffffffffffffff, 56).

%% The bit length of V, counting down from N with B = 2^(N-1).
bit_count(V, B, N) when B =< V -> N;
bit_count(V, B, N) -> bit_count(V, B bsr 1, N - 1).

bc64(V) -> bit_count(V, 1 bsl 63, 64).

%% ---- bytes --------------------------------------------------------------------

bytes(N) ->
    {B, S} = bytes_s(N, seed_get()),
    put(rand_seed, S),
    B.

bytes_s(N, {#{bits := Bits, next := Next} = H, R}) when is_integer(N), N >= 0 ->
    bytes_r(N, H, Next, R, Bits, maps:get(weak_low_bits, H, 0));
bytes_s(N, {#{max := Max, next := Next} = H, R})
  when is_integer(N), N >= 0, Max >= ?M58 ->
    bytes_r(N, H, Next, R, 58, 2).

%% Each word gives its whole bytes of strong bits, from the top.
bytes_r(N, H, Next, R, Bits, Weak) ->
    Good = (Bits - Weak) bsr 3,
    bytes_r(N, H, Next, R, <<>>, Good, Good * 8, Bits - Good * 8).

bytes_r(N, H, Next, R0, Acc, Good, GoodBits, Shift) when N > Good * 4 ->
    {V1, R1} = Next(R0),
    {V2, R2} = Next(R1),
    {V3, R3} = Next(R2),
    {V4, R4} = Next(R3),
    Acc1 = <<Acc/binary, (V1 bsr Shift):GoodBits, (V2 bsr Shift):GoodBits,
             (V3 bsr Shift):GoodBits, (V4 bsr Shift):GoodBits>>,
    bytes_r(N - Good * 4, H, Next, R4, Acc1, Good, GoodBits, Shift);
bytes_r(N, H, Next, R0, Acc, Good, GoodBits, Shift) when N > Good ->
    {V, R1} = Next(R0),
    bytes_r(N - Good, H, Next, R1, <<Acc/binary, (V bsr Shift):GoodBits>>, Good, GoodBits, Shift);
bytes_r(N, H, Next, R0, Acc, _Good, GoodBits, _Shift) ->
    {V, R1} = Next(R0),
    Bits = N * 8,
    {<<Acc/binary, (V bsr (GoodBits - Bits)):Bits>>, {H, R1}}.

%% ---- jump -------------------------------------------------------------------------

jump() -> seed_put(jump(seed_get())).

jump({#{jump := Jump}, _} = State) -> Jump(State);
jump({#{}, _}) -> erlang:error(not_implemented).

%% ---- normal distribution (ziggurat, 256 layers) -----------------------------------

normal() ->
    {X, S} = normal_s(seed_get()),
    put(rand_seed, S),
    X.

normal(Mean, Variance) -> Mean + math:sqrt(Variance) * normal().

normal_s(Mean, Variance, State0) when Variance > 0 ->
    {X, State} = normal_s(State0),
    {Mean + math:sqrt(Variance) * X, State}.

normal_s(State0) ->
    {Sign, R, State} = sign_and_51(State0),
    Layer = R band 255,
    {Ki, Wi} = erlts_rand:normal_kiwi(Layer + 1),
    X = R * Wi,
    if
        R < Ki, Sign =:= 0 -> {X, State};
        R < Ki -> {-X, State};
        Sign =:= 0 -> normal_tail(Layer, Sign, X, State);
        true -> normal_tail(Layer, Sign, -X, State)
    end.

-define(NOR_R, 3.6541528853610087963519472518).

%% A sign bit and 51 random bits from the top of one word.
sign_and_51({#{bits := Bits, next := Next} = H, S0}) ->
    {V, S1} = Next(S0),
    {(1 bsl (Bits - 52)) band V, V bsr (Bits - 51), {H, S1}};
sign_and_51({#{next := Next} = H, S0}) ->
    {V, S1} = Next(S0),
    {(1 bsl 51) band V, V band 16#7ffffffffffff, {H, S1}}.

%% Layer 0 is the base strip with the tail beyond R; other layers test the wedge.
normal_tail(0, Sign, X0, State0) ->
    {U0, S1} = uniform_s(State0),
    X = -(1 / ?NOR_R) * math:log(U0),
    {U1, S2} = uniform_s(S1),
    Y = -math:log(U1),
    if
        Y + Y =< X * X -> normal_tail(0, Sign, X0, S2);
        Sign =:= 0 -> {?NOR_R + X, S2};
        true -> {-?NOR_R - X, S2}
    end;
normal_tail(Layer, _Sign, X, State0) ->
    F1 = erlts_rand:normal_fi(Layer + 1),
    {U0, S1} = uniform_s(State0),
    case (erlts_rand:normal_fi(Layer) - F1) * U0 + F1 < math:exp(-0.5 * X * X) of
        true -> {X, S1};
        false -> normal_s(S1)
    end.

%% ---- SplitMix64 and the seeders -----------------------------------------------

splitmix64_next(X0) ->
    X = (X0 + 16#9e3779b97f4a7c15) band ?M64,
    Z0 = ((X bxor (X bsr 30)) * 16#bf58476d1ce4e5b9) band ?M64,
    Z1 = ((Z0 bxor (Z0 bsr 27)) * 16#94d049bb133111eb) band ?M64,
    {Z1 bxor (Z1 bsr 31), X}.

%% N nonzero 58-bit words from SplitMix64 seeded with X.
seed58(0, _X) -> [];
seed58(N, X) ->
    {Z, X1} = seed58(X),
    [Z | seed58(N - 1, X1)].

seed58(X0) ->
    {Z, X} = splitmix64_next(X0),
    case Z band ?M58 of
        0 -> seed58(X);
        W -> {W, X}
    end.

seed64(0, _X) -> [];
seed64(N, X) ->
    {Z, X1} = seed64(X),
    [Z | seed64(N - 1, X1)].

seed64(X0) ->
    case splitmix64_next(X0) of
        {0, X} -> seed64(X);
        ZX -> ZX
    end.

%% A list seed: N words of Bits bits, missing ones 0, not all 0.
list_seed(N, L, Bits) -> list_seed(N, L, (1 bsl Bits) - 1, false).

list_seed(_N, [], _Mask, false) -> erlang:error(zero_seed);
list_seed(0, [_ | _], _Mask, _) -> erlang:error(too_many_seed_integers);
list_seed(0, [], _Mask, _) -> [];
list_seed(N, [], Mask, true) -> [0 | list_seed(N - 1, [], Mask, true)];
list_seed(N, [S | Ss], Mask, NonZero) ->
    case is_integer(S) of
        true ->
            W = S band Mask,
            [W | list_seed(N - 1, Ss, Mask, NonZero orelse W =/= 0)];
        false -> erlang:error(non_integer_seed)
    end.

%% ---- xorshift116** and xorshift116+ (state [S1|S0], 58-bit words) ----------------

exsss_seed(L) when is_list(L) ->
    [S0, S1] = list_seed(2, L, 58),
    [S0 | S1];
exsss_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exsss_seed({A1, A2, A3}) ->
    {_, X0} = seed58(A1),
    {S0, X1} = seed58(A2 bxor X0),
    {S1, _} = seed58(A3 bxor X1),
    [S0 | S1].

exsplus_seed(L) when is_list(L) ->
    [S0, S1] = list_seed(2, L, 58),
    [S0 | S1];
exsplus_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exsplus_seed({A1, A2, A3}) ->
    {_, R1} = exsp_next([((A1 * 4294967197) + 1) band ?M58 |
                         ((A2 * 4294967231) + 1) band ?M58]),
    {_, R2} = exsp_next([((A3 * 4294967279) + 1) band ?M58 | tl(R1)]),
    R2.

exsss_next(S) -> erlts_rand:exsss_next(S).

exsss_uniform({H, R0}) ->
    {X, R1} = erlts_rand:uniform(exsss, R0),
    {X, {H, R1}}.

exsss_uniform(N, {H, R0}) ->
    case erlts_rand:uniform(exsss, N, R0) of
        {X, R1} -> {X, {H, R1}};
        false ->
            {V, R1} = erlts_rand:exsss_next(R0),
            in_range(N, H, R1, V, ?P58 - N)
    end.

exsp_next(S) -> erlts_rand:exsp_next(S).

exsp_uniform({H, R0}) ->
    {X, R1} = erlts_rand:uniform(exsp, R0),
    {X, {H, R1}}.

exsp_uniform(N, {H, R0}) ->
    case erlts_rand:uniform(exsp, N, R0) of
        {X, R1} -> {X, {H, R1}};
        false ->
            {V, R1} = erlts_rand:exsp_next(R0),
            in_range(N, H, R1, V, ?P58 - N)
    end.

exsplus_jump({H, S}) -> {H, exsp_jump(S)}.

%% Jumping 2^64 steps: the sum (xor) of the states at the set bits of the jump
%% polynomial, 58 bits per constant word.
exsp_jump(S) ->
    {S1, A1} = exsp_jump(S, [0 | 0], 16#02f8ea6bc32c797, 58),
    {_, A2} = exsp_jump(S1, A1, 16#345d2a0f85f788c, 58),
    A2.

exsp_jump(S, Acc, _J, 0) -> {S, Acc};
exsp_jump([S0 | S1] = S, [A0 | A1] = Acc, J, N) ->
    {_, Next} = erlts_rand:exsp_next(S),
    case J band 1 of
        1 -> exsp_jump(Next, [A0 bxor S0 | A1 bxor S1], J bsr 1, N - 1);
        0 -> exsp_jump(Next, Acc, J bsr 1, N - 1)
    end.

%% ---- xoroshiro116+ (state [S0|S1]) ------------------------------------------------

exrop_seed(L) when is_list(L) ->
    [S0, S1] = list_seed(2, L, 58),
    [S0 | S1];
exrop_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exrop_seed({A1, A2, A3}) ->
    [_ | S1] = erlts_rand:exrop_step(((A1 * 4294967197) + 1) band ?M58,
                                     ((A2 * 4294967231) + 1) band ?M58),
    erlts_rand:exrop_step(((A3 * 4294967279) + 1) band ?M58, S1).

exrop_next(S) -> erlts_rand:exrop_next(S).

exrop_uniform({H, R0}) ->
    {X, R1} = erlts_rand:uniform(exrop, R0),
    {X, {H, R1}}.

exrop_uniform(N, {H, R0}) ->
    case erlts_rand:uniform(exrop, N, R0) of
        {X, R1} -> {X, {H, R1}};
        false ->
            {V, R1} = erlts_rand:exrop_next(R0),
            in_range(N, H, R1, V, ?P58 - N)
    end.

exrop_jump({H, S}) ->
    %% The 116-bit jump polynomial in two words, each with a marker bit above its top.
    J = 16#9863200f83fcd4a11293241fcb12a,
    {H, exrop_jump(S, 0, 0, (1 bsl 58) bor (J band ?M58), [J bsr 58])}.

exrop_jump(_S, A0, A1, 0, []) -> [A0 | A1];
exrop_jump(S, A0, A1, 1, [J | Js]) -> exrop_jump(S, A0, A1, J, Js);
exrop_jump([S0 | S1], A0, A1, J, Js) ->
    Next = erlts_rand:exrop_step(S0, S1),
    case J band 1 of
        1 -> exrop_jump(Next, A0 bxor S0, A1 bxor S1, J bsr 1, Js);
        0 -> exrop_jump(Next, A0, A1, J bsr 1, Js)
    end.

%% ---- xoroshiro928** (16 words as {Forward, ReversedRest}) -----------------------

exro928_seed(L) when is_list(L) -> {list_seed(16, L, 58), []};
exro928_seed(X) when is_integer(X) -> {seed58(16, X), []};
exro928_seed({A1, A2, A3}) ->
    {S0, X0} = seed58(A1),
    {S1, X1} = seed58(A2 bxor X0),
    {S2, X2} = seed58(A3 bxor X1),
    {[S0, S1, S2 | seed58(13, X2)], []}.

exro928ss_next({[S15, S0 | Ss], Rs}) ->
    {erlts_rand:starstar(S0), exro928_step(Ss, Rs, S15, S0)};
exro928ss_next({[S15], Rs}) ->
    exro928ss_next({[S15 | lists:reverse(Rs)], []}).

exro928_next({[S15, S0 | Ss], Rs}) ->
    {{S15, S0}, exro928_step(Ss, Rs, S15, S0)};
exro928_next({[S15], Rs}) ->
    exro928_next({[S15 | lists:reverse(Rs)], []}).

exro928_next_state({[S15, S0 | Ss], Rs}) -> exro928_step(Ss, Rs, S15, S0);
exro928_next_state({[S15], Rs}) ->
    [S0 | Ss] = lists:reverse(Rs),
    exro928_step(Ss, [], S15, S0).

exro928_step(Ss, Rs, S15, S0) ->
    {NewS0, NewS15} = erlts_rand:exro928_words(S15, S0),
    {[NewS0 | Ss], [NewS15 | Rs]}.

exro928ss_uniform({H, SR}) ->
    {V, SR1} = exro928ss_next(SR),
    {(V bsr 5) * ?F53, {H, SR1}}.

exro928ss_uniform(N, {H, SR}) ->
    {V, SR1} = exro928ss_next(SR),
    in_range(N, H, SR1, V, ?P58 - N).

exro928_jump({H, SR}) -> {H, exro928_jump_2pow512(SR)}.

exro928_jump_2pow512(SR) ->
    poly_jump(SR, [16#4085302F77130CA, 16#54E07F7F4524091, 16#5E1D7D6813D2BA0,
                   16#4687ACEF8644287, 16#4567FD9F0B83FE5, 16#43E6D27EA06C024,
                   16#641E015AC26D5D2, 16#6CD61377663B92F, 16#70A0657E19F00D4,
                   16#43C0BDDE15CF3C3, 16#745A3A8A3CEF3CC, 16#58A8CF308C8E0C6,
                   16#7B7C4CC049C536E, 16#431801F9DB3AF2C, 16#41A1504ACD83F24,
                   16#6C41DCF2F867D7F]).

exro928_jump_2pow20(SR) ->
    poly_jump(SR, [16#5B966A3DAF905E6, 16#601E9589C33DE2F, 16#74A806C17E9E644,
                   16#59AFEB4F1DF6A43, 16#46D8E75664A4268, 16#42E2C246BDA670C,
                   16#4531FB8EBC73C70, 16#537F702069EFC52, 16#4B6DC4D3AF15F8A,
                   16#5A4189F0050263D, 16#46DF2EB1FEAF0FB, 16#77AC696A43CB9AC,
                   16#4C5878C3549BD5B, 16#7CCF20BCF522920, 16#415FEFCC78FF45E,
                   16#72CF460728C2FAF]).

%% Each constant word holds 58 bits of the polynomial, lowest first, below a marker bit.
poly_jump({Ss, Rs} = SR, Words) ->
    poly_jump(SR, Words, lists:duplicate(length(Ss) + length(Rs), 0)).

poly_jump(_SR, [], Acc) -> {Acc, []};
poly_jump(SR, [J | Js], Acc) -> poly_word(SR, Js, Acc, J).

poly_word(SR, Js, Acc, 1) -> poly_jump(SR, Js, Acc);
poly_word({Ss, Rs} = SR, Js, Acc, J) ->
    Next = exro928_next_state(SR),
    case J band 1 of
        0 -> poly_word(Next, Js, Acc, J bsr 1);
        1 -> poly_word(Next, Js, xor_words(Acc, Ss ++ lists:reverse(Rs)), J bsr 1)
    end.

xor_words([A | As], [S | Ss]) -> [A bxor S | xor_words(As, Ss)];
xor_words([], []) -> [].

%% ---- xorshift1024* (16 64-bit words) and xorshift64* ------------------------------

exs1024_seed(L) when is_list(L) -> {list_seed(16, L, 64), []};
exs1024_seed(X) when is_integer(X) -> {seed64(16, X), []};
exs1024_seed({A1, A2, A3}) ->
    B1 = (((A1 band 16#1fffff) + 1) * 2097131) band 16#1fffff,
    B2 = (((A2 band 16#1fffff) + 1) * 2097133) band 16#1fffff,
    B3 = (((A3 band 16#1fffff) + 1) * 2097143) band 16#1fffff,
    {exs1024_fill(16, (B1 bsl 43) bor (B2 bsl 22) bor (B3 bsl 1) bor 1, []), []}.

exs1024_fill(0, _R, L) -> L;
exs1024_fill(N, R, L) ->
    {X, R1} = exs64_next(R),
    exs1024_fill(N - 1, R1, [X | L]).

exs1024_next({[S0, S1 | L], RL}) ->
    S11 = S1 bxor ((S1 band 16#1ffffffff) bsl 31),
    S12 = S11 bxor (S11 bsr 11),
    NS1 = (S0 bxor (S0 bsr 30)) bxor S12,
    {(NS1 * 1181783497276652981) band ?M64, {[NS1 | L], [S0 | RL]}};
exs1024_next({[H], RL}) ->
    exs1024_next({[H | lists:reverse(RL)], []}).

exs1024_jump({H, {L, RL}}) ->
    Acc = exs1024_jump({L, RL}, lists:duplicate(16, 0),
                       [16#0196e1ddbe5a1561, 16#0239f070b5837a3c, 16#03f393cc68796cd2,
                        16#0248316f404489af, 16#039a30088bffbac2, 16#02fea70dc2d9891f,
                        16#032ae0d9644caec4, 16#0313aac17d8efa43, 16#02f132e055642626,
                        16#01ee975283d71c93, 16#00552321b06f5501, 16#00c41d10a1e6a569,
                        16#019158ecf8aa1e44, 16#004e9fc949d0b5fc, 16#0363da172811fdda,
                        16#030e38c3b99181f2, 16#0000000a118038fc],
                       16#00242f96eca9c41d, 58, 1024),
    {Front, Back} = lists:split(16 - length(RL), Acc),
    {H, {Front, lists:reverse(Back)}}.

exs1024_jump(_S, Acc, _Js, _J, _N, 0) -> Acc;
exs1024_jump(S, Acc, [J | Js], _, 0, Total) -> exs1024_jump(S, Acc, Js, J, 58, Total);
exs1024_jump({L, RL} = S, Acc, Js, J, N, Total) ->
    {_, Next} = exs1024_next(S),
    case J band 1 of
        1 ->
            Acc1 = xor_words(Acc, L ++ lists:reverse(RL)),
            exs1024_jump(Next, Acc1, Js, J bsr 1, N - 1, Total - 1);
        0 -> exs1024_jump(Next, Acc, Js, J bsr 1, N - 1, Total - 1)
    end.

exs64_seed(L) when is_list(L) ->
    [R] = list_seed(1, L, 64),
    R;
exs64_seed(A) when is_integer(A) ->
    [R] = seed64(1, A),
    R;
exs64_seed({A1, A2, A3}) ->
    {V1, _} = exs64_next((A1 band 16#ffffffff) * 4294967197 + 1),
    {V2, _} = exs64_next((A2 band 16#ffffffff) * 4294967231 + 1),
    {V3, _} = exs64_next((A3 band 16#ffffffff) * 4294967279 + 1),
    ((V1 * V2 * V3) rem (?M64 - 1)) + 1.

exs64_next(R) ->
    R1 = R bxor (R bsr 12),
    R2 = R1 bxor ((R1 band 16#7fffffffff) bsl 25),
    R3 = R2 bxor (R2 bsr 27),
    {(R3 * 2685821657736338717) band ?M64, R3}.

%% ---- dummy: alternates a word and its complement ------------------------------------

dummy_seed(L) when is_list(L) ->
    case L of
        [] -> erlang:error(zero_seed);
        [X] when is_integer(X) -> X band ?M58;
        [X | _] when is_integer(X) -> erlang:error(too_many_seed_integers);
        [_ | _] -> erlang:error(non_integer_seed)
    end;
dummy_seed(X) when is_integer(X) ->
    {Z, _} = splitmix64_next(X),
    Z band ?M58;
dummy_seed({A1, A2, A3}) ->
    {_, X1} = splitmix64_next(A1),
    {_, X2} = splitmix64_next(A2 bxor X1),
    {Z, _} = splitmix64_next(A3 bxor X2),
    Z band ?M58.

dummy_next(R) -> {R, R bxor ?M58}.

dummy_uniform({H, R}) -> {0.5, {H, R bxor ?M58}}.

dummy_uniform(_N, {H, R}) -> {1, {H, R bxor ?M58}}.

%% ---- MWC59: a multiply-with-carry generator the caller keeps the state of ----------

-define(MWC_A, 16#7fa6502).

mwc59(CX0) ->
    CX = CX0 band 16#7ffffffffffffff,
    ?MWC_A * (CX band 16#ffffffff) + (CX bsr 32).

mwc59_value32(CX0) ->
    CX = CX0 band 16#ffffffff,
    CX bxor ((CX band 16#ffffff) bsl 8).

mwc59_value(CX0) ->
    CX = CX0 band 16#7ffffffffffffff,
    CX2 = CX bxor ((CX band 16#7fffffffffffff) bsl 4),
    CX2 bxor ((CX2 band 16#ffffffff) bsl 27).

mwc59_float(CX0) ->
    CX = CX0 band 16#1fffffffffffff,
    CX2 = CX bxor ((CX band 16#1ffffffffffff) bsl 4),
    CX3 = CX2 bxor ((CX2 band 16#3ffffff) bsl 27),
    CX3 * ?F53.

mwc59_seed() ->
    {A1, A2, A3} = time_seed(),
    (hash58(A1) bxor hash58(A2) bxor hash58(A3)) + 1.

mwc59_seed(S) when is_integer(S), 0 =< S, S =< ?M58 -> hash58(S) + 1.

hash58(X) ->
    X0 = X band ?M58,
    X1 = ((X0 bxor (X0 bsr 29)) * 16#351afd7ed558ccd) band ?M58,
    X2 = ((X1 bxor (X1 bsr 29)) * 16#0ceb9fe1a85ec53) band ?M58,
    X2 bxor (X2 bsr 29).

%% ---- debugging helpers OTP exports ------------------------------------------------

make_float(S, E, M) ->
    <<F/float>> = <<S:1, E:11, M:52>>,
    F.

float2str(N) ->
    <<S:1, E:11, M:52>> = <<(float(N))/float>>,
    Sign = case S of 1 -> $-; 0 -> $+ end,
    Lead = case E of 0 -> $0; _ -> $1 end,
    lists:flatten(io_lib:format("~c~c.~13.16.0bE~b", [Sign, Lead, M, E - 16#3ff])).
