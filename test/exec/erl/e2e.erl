-module(e2e).
-export([fib/1, fib30/0, main/0, len/1, catches/0, c/1, captures/0, arith/0, deep1m/0, stacks/0, lcs/0, bigframe/0, constmatch/0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

len(L) -> len(L, 0).
len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).

seq(0) -> [];
seq(N) -> [N | seq(N - 1)].

main() -> {fib(20), len(seq(1000000)), map(fun(X) -> X * 2 end, seq(5))}.

map(F, [H | T]) -> [F(H) | map(F, T)];
map(_, []) -> [].

fib30() -> fib(30).

a(X) ->
    Y = X + 1,
    1 = Y,
    ok.
b(1) -> ok.
c(T) -> element(0, T).

catches() ->
    [catch a(1), catch b(x), catch nomod:f(1, 2),
     try throw(t) catch C:R:S -> {C, R, S} end,
     catch erlang:error(foo, [1, 2])].


%% Captures (every 2000 reductions) inside nested try/catch, catch, receive-after,
%% a try at every level of a deep recursion, and errors from deep down.
captures() ->
    A = try
            try len(seq(5000)) of N -> {inner, N} catch _:_ -> inner_err end
        of V -> {outer, V}
        catch _:_ -> outer_err
        end,
    B = try deep_fail(5000) catch error:R -> {caught, R} end,
    C = case catch deep_fail(3000) of {'EXIT', {R2, _}} -> R2 end,
    D = try receive after 1 -> len(seq(3000)) end catch _:_ -> x end,
    E = nest(5000),
    F = catch throw_deep(4000),
    G = [catch len(seq(2500)) || _ <- [1, 2]],
    {A, B, C, D, E, F, G}.

deep_fail(0) -> error(bottom);
deep_fail(N) -> [N | deep_fail(N - 1)].

throw_deep(0) -> throw(thrown);
throw_deep(N) -> [N | throw_deep(N - 1)].

nest(0) -> 0;
nest(N) -> try nest(N - 1) of V -> V + 1 catch _:_ -> err end.

%% Arithmetic edge cases at the small-integer boundary (literal operands).
arith() ->
    Max = 9007199254740991,
    Min = -9007199254740991,
    {Max + 1, Min - 1, 1 + Max, Min + (-1), Max - (-1), Max - 1, Min + 1,
     -1 - Min, 2 - Max, Max + Min, Max * 2, a_lt(Max + 1), a_lt(3), a_lt(1.5)}.

a_lt(X) when X < 2 -> lt;
a_lt(_) -> ge.

%% The million-deep body recursions of the benchmark (test/exec/fib-bench.test.ts).
deep1m() -> blen(seq(1000000)).

blen([]) -> 0;
blen([_ | T]) -> 1 + blen(T).

%% Stack shapes: a call to a function that can never return keeps no frame (so only
%% the raising function and the caller outside the chain show), and a body recursion
%% shows its call site once however deep (5000 deep: across captures).
stacks() ->
    [try never(5000) catch error:R1:S1 -> {R1, own(S1)} end,
     (catch never(3)),
     try chain_f() catch error:R2:S2 -> {R2, own(S2)} end,
     try may(5000) catch error:R3:S3 -> {R3, own(S3)} end,
     (catch may(3)),
     try 1 + may(40) catch error:R4:S4 -> {R4, own(S4)} end,
     %% A call that never returns inside a try/catch body keeps its caller's frame, also
     %% when the body resumes after a capture (may(-1) is 5000 deep first).
     try X = deep_sum(5000), never(X - X) catch error:R5:S5 -> {R5, own(S5)} end,
     (catch begin Y = deep_sum(5000), never(Y - Y) end),
     %% Two call sites on one line are two entries; repeats of one are merged.
     try map1(fun(V) when V > 2 -> error({big, V}); (V) -> V end, [1, 2, 3])
     catch error:R6:S6 -> {R6, own(S6)} end,
     %% maps functions compiled to BIFs: their errors name erlang:map_get etc.
     try maps:get(k, #{}) catch error:R7:S7 -> {R7, hd(S7)} end,
     try maps:size(nomap) catch error:R8:S8 -> {R8, hd(S8)} end].

deep_sum(0) -> 0;
deep_sum(N) -> 1 + deep_sum(N - 1).

map1(F, [H | T]) -> [F(H) | map1(F, T)];
map1(_, []) -> [].

%% Comprehensions whose generators run long enough to be captured and resumed (the
%% inner one tail-calls the outer one when it runs out), with bignum bit operations.
lcs() ->
    L = lists:seq(1, 60),
    Big = 1 bsl 70,
    A = [{X, Y} || X <- L, Y <- L, (X * Y) rem 7 =:= 0, fib(X rem 12) > 3],
    B = [(Big + X) band (Big bor 255) || X <- L],
    C = [X bxor Big || X <- L, X rem 20 =:= 0],
    D = [(Big bsl X) bsr (X + 1) || X <- [1, 40, 80]],
    {length(A), lists:sum([P * Q || {P, Q} <- A]), lists:sum(B), C, D}.

%% Only this module's frames: the ones below depend on how the test calls stacks/0.
own(S) -> [E || {e2e, _, _, _} = E <- S].

never(0) -> error(bottom);
never(N) -> [N | never(N - 1)].

may(0) -> error(bottom);
may(-1) -> [];
may(N) -> [N | may(N - 1)].

chain_f() -> X = chain_g(), {X}.
chain_g() -> X = chain_h(), {X}.
chain_h() -> error(chain).

%% A body recursion 100,000 deep through a function with 40 live variables: its JS
%% frames are several times bigger than a small function's, so the reductions run
%% since the last capture must bound stack bytes, not frame counts (it used to raise
%% system_limit).
bigframe() -> bigframe(100000).

bigframe(0) -> 0;
bigframe(N) ->
    X0 = N * 1 + 0,
    X1 = N * 2 + 1,
    X2 = N * 3 + 2,
    X3 = N * 4 + 3,
    X4 = N * 5 + 4,
    X5 = N * 6 + 5,
    X6 = N * 7 + 6,
    X7 = N * 8 + 7,
    X8 = N * 9 + 8,
    X9 = N * 10 + 9,
    X10 = N * 11 + 10,
    X11 = N * 12 + 11,
    X12 = N * 13 + 12,
    X13 = N * 14 + 13,
    X14 = N * 15 + 14,
    X15 = N * 16 + 15,
    X16 = N * 17 + 16,
    X17 = N * 18 + 17,
    X18 = N * 19 + 18,
    X19 = N * 20 + 19,
    X20 = N * 21 + 20,
    X21 = N * 22 + 21,
    X22 = N * 23 + 22,
    X23 = N * 24 + 23,
    X24 = N * 25 + 24,
    X25 = N * 26 + 25,
    X26 = N * 27 + 26,
    X27 = N * 28 + 27,
    X28 = N * 29 + 28,
    X29 = N * 30 + 29,
    X30 = N * 31 + 30,
    X31 = N * 32 + 31,
    X32 = N * 33 + 32,
    X33 = N * 34 + 33,
    X34 = N * 35 + 34,
    X35 = N * 36 + 35,
    X36 = N * 37 + 36,
    X37 = N * 38 + 37,
    X38 = N * 39 + 38,
    X39 = N * 40 + 39,
    R = bigframe(N - 1),
    R + X0 + X1 + X2 + X3 + X4 + X5 + X6 + X7 + X8 + X9 + X10 + X11 + X12 + X13 + X14 + X15 + X16 + X17 + X18 + X19 + X20 + X21 + X22 + X23 + X24 + X25 + X26 + X27 + X28 + X29 + X30 + X31 + X32 + X33 + X34 + X35 + X36 + X37 + X38 + X39.

%% Clause heads matching small constant tuples and lists (compiled to field-by-field
%% tests) against terms that differ in one place: a float for an integer, a longer
%% tuple, an improper tail, true/false.
constmatch() ->
    Ts = [{nil, nil}, {nil, nil, nil}, {nil, 1}, {nil, 1.0}, {nil, {}}, [a, b], [a | b], [a, b, c],
          [], {true, [1, -2]}, {true, [1, -2.0]}, {false, [1, -2]}, {}, {{a}, [{}]}, "ab", nil],
    [cm(T) || T <- Ts].

cm({nil, nil}) -> 1;
cm({nil, 1}) -> 2;
cm([a, b]) -> 3;
cm([a | b]) -> 4;
cm({true, [1, -2]}) -> 5;
cm({}) -> 6;
cm({{a}, [{}]}) -> 7;
cm([$a, $b]) -> 8;
cm(_) -> other.
