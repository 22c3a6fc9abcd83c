#!/usr/bin/env escript
%% Records what real OTP 25 does for many bit-syntax constructions and matches.
%% Usage: escript test/bits/record.escript   (writes test/bits/fixtures.txt)
%%
%% Each case is evaluated with erl_eval from Erlang source in which every value and
%% size is a bound variable, so nothing is folded at compile time. Each output line is
%% the hex of term_to_binary({Case, Result}):
%%   {build, Segs}            Segs = [{Value, Size | null, Type, Unit, Signed, Endian}]
%%                            Result = {ok, Bitstring} | {error, Class, Reason}
%%   {match, Bin, Segs, Tail} Segs = [{Size | null, Type, Unit, Signed, Endian}],
%%                            Tail = 'end' | binary | bitstring
%%                            Result = {ok, Values, TailValue} | nomatch
-mode(compile).

main(_) ->
    rand:seed(exsss, {1, 2, 3}),
    Dir = filename:dirname(escript:script_name()),
    %% Cases that are not valid Erlang (erl_eval rejects the segment type, as the
    %% compiler would) are dropped: they cannot occur in compiled code.
    All = [{C, run(C)} || C <- build_cases() ++ match_cases()],
    Cases = [CR || {_, R} = CR <- All, valid(R)],
    Lines = [[hex(term_to_binary(CR)), $\n] || CR <- Cases],
    ok = file:write_file(filename:join(Dir, "fixtures.txt"), Lines),
    io:format("~p cases~n", [length(Cases)]).

valid({error, error, badarg}) -> true;
valid({error, error, system_limit}) -> true;
valid({error, _, _}) -> false;
valid(_) -> true.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

%% ------------------------------------------------------------------ the cases

ints() ->
    [0, 1, -1, 5, 127, 128, 255, 256, -128, -129, 16#123, 16#1234, 16#123456789,
     (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), (1 bsl 32) + 7, (1 bsl 53) - 1, 1 bsl 53,
     -(1 bsl 53) - 3, (1 bsl 64) - 1, 1 bsl 70 + 12345, -(1 bsl 100) + 99,
     16#0123456789abcdef0123456789abcdef].
sizes() -> [0, 1, 3, 7, 8, 9, 12, 15, 16, 17, 24, 31, 32, 33, 40, 48, 52, 53, 54, 63, 64, 65, 72, 100, 130].
endians() -> [big, little, native].

build_cases() ->
    Ints = [{build, [{V, S, integer, 1, Sg, E}]} || V <- ints(), S <- sizes(), E <- endians(), Sg <- [false, true],
                                                   not (E =:= native andalso Sg)],
    %% Integers after an unaligned prefix, and default sizes.
    Unaligned = [{build, [{1, 3, integer, 1, false, big}, {V, S, integer, 1, false, E}, {5, 3, integer, 1, false, big}]}
                 || V <- ints(), S <- [5, 8, 13, 16, 32, 40, 64, 70], E <- [big, little]],
    Defaults = [{build, [{V, null, integer, 1, false, big}]} || V <- [0, 255, 256, -1, 1 bsl 70, a, 1.0, <<1>>]],
    Units = [{build, [{16#abcd, S, integer, U, false, E}]} || S <- [0, 1, 2, 3], U <- [1, 4, 8, 13], E <- [big, little]],
    Floats = [{build, [{V, S, float, 1, false, E}]}
              || V <- floats(), S <- [16, 32, 64, 8, null], E <- [big, little]],
    UFloats = [{build, [{1, 5, integer, 1, false, big}, {V, S, float, 1, false, E}]}
               || V <- [1.5, -2.25e-3, 1.0e10], S <- [16, 32, 64], E <- [big, little]],
    Bins = [{build, [{B, S, T, U, false, big}]}
            || B <- [<<>>, <<1, 2, 3>>, <<1, 2, 3:4>>, <<255:7>>, a, 7],
               S <- [null, 0, 1, 2, 3, 4], T <- [binary, bitstring], U <- [1, 4, 8]],
    UBins = [{build, [{1, 3, integer, 1, false, big}, {B, null, bitstring, 1, false, big}, {2, 2, integer, 1, false, big}]}
             || B <- [<<>>, <<1, 2, 3>>, <<1, 2, 3:4>>, <<255:7>>, <<16#abcdef:20>>]],
    Utf = [{build, [{C, null, T, 1, false, E}]}
           || C <- [0, 16#41, 16#7f, 16#80, 16#7ff, 16#800, 16#d7ff, 16#d800, 16#dfff, 16#e000, 16#fffd,
                    16#ffff, 16#10000, 16#10ffff, 16#110000, -1, 1.0, a],
              T <- [utf8, utf16, utf32], E <- [big, little]],
    UUtf = [{build, [{1, 1, integer, 1, false, big}, {C, null, T, 1, false, big}]}
            || C <- [16#41, 16#e9, 16#20ac, 16#1f600], T <- [utf8, utf16, utf32]],
    BadSizes = [{build, [{V, S, T, 1, false, big}]}
                || V <- [1, a, <<1>>], S <- [-1, a, 1.0, -(1 bsl 70), 1 bsl 60, 1 bsl 70], T <- [integer, float, binary, bitstring]],
    Ints ++ Unaligned ++ Defaults ++ Units ++ Floats ++ UFloats ++ Bins ++ UBins ++ Utf ++ UUtf ++ BadSizes.

floats() ->
    [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 65504.0, 65519.99, 65520.0, 1.0e5, 6.0e-8, 3.0e-8, 2.9e-8,
     5.960464477539063e-8, 6.103515625e-5, 6.1e-5, 1.0009765625, 1.00048828125, 1.00146484375,
     2049.0, 2051.0, 3.4028234663852886e38, 3.5e38, 1.0e-46, 1.0e300, 1.0e-300, -1.0e300,
     1, -7, 1 bsl 60, 1 bsl 1030, a].

bits_samples() ->
    [<<>>, <<0>>, <<255>>, <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17>>,
     <<16#80, 0, 0, 0, 0, 0, 0, 0, 0, 0>>, <<16#ff, 16#fe, 16#fd, 16#fc, 16#fb, 16#fa, 16#f9, 16#f8, 16#f7, 16#f6:7>>,
     <<1, 2, 3:5>>] ++ [crypto_free_rand(N) || N <- [3, 9, 20]].

crypto_free_rand(N) -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

match_cases() ->
    Ints = [{match, B, [{S, integer, 1, Sg, E}], bitstring}
            || B <- bits_samples(), S <- sizes(), E <- [big, little], Sg <- [false, true]],
    Pre = [{match, B, [{P, integer, 1, false, big}, {S, integer, 1, Sg, E}], bitstring}
           || B <- bits_samples(), P <- [1, 5], S <- [3, 8, 16, 20, 32, 33, 64, 65], E <- [big, little], Sg <- [false, true]],
    Defaults = [{match, B, [{null, integer, 1, false, big}], T} || B <- bits_samples(), T <- ['end', binary, bitstring]],
    Units = [{match, <<16#abcdef:24>>, [{S, integer, U, false, big}], bitstring} || S <- [0, 1, 2, 3, -1, a], U <- [1, 4, 8]],
    Floats = [{match, B, [{P, integer, 1, false, big}, {S, float, 1, false, E}], bitstring}
              || B <- float_samples(), P <- [0, 3], S <- [16, 32, 64, null], E <- [big, little]],
    Bins = [{match, B, [{S, T, U, false, big}], Tail}
            || B <- bits_samples(), S <- [0, 1, 2, 3, -1, a], T <- [binary, bitstring], U <- [1, 8],
               Tail <- [binary, bitstring, 'end']],
    Rest = [{match, B, [{P, integer, 1, false, big}], T}
            || B <- bits_samples(), P <- [0, 3, 8], T <- [binary, bitstring, 'end']],
    Utf = [{match, B, [{P, integer, 1, false, big}, {null, T, 1, false, E}], bitstring}
           || B <- utf_samples(), P <- [0, 2], T <- [utf8, utf16, utf32], E <- [big, little]],
    Ints ++ Pre ++ Defaults ++ Units ++ Floats ++ Bins ++ Rest ++ Utf.

float_samples() ->
    [<<F:64/float>> || F <- [1.5, -0.0, 1.0e300]] ++
    [<<F:32/float-little>> || F <- [0.1, -3.0]] ++
    [<<124, 0>>, <<252, 0, 1>>, <<126, 0>>, <<60, 1>>, <<1, 0>>, <<0, 1>>, <<128, 0>>, <<123, 255>>,
     <<127, 128, 0, 0>>, <<255, 192, 0, 0, 0>>, <<127, 240, 0, 0, 0, 0, 0, 0>>, <<255, 248, 0, 0, 0, 0, 0, 1>>,
     <<0, 0, 0, 0, 0, 0, 240, 127>>, <<0, 0, 128, 127>>, <<0, 124>>, <<1, 2, 3, 4, 5, 6, 7, 8, 9>>].

utf_samples() ->
    [<<"A">>, <<"é"/utf8>>, <<"€"/utf8>>, <<16#1f600/utf8>>, <<16#10ffff/utf8>>,
     <<237, 160, 128>>, <<192, 128>>, <<224, 128, 128>>, <<240, 128, 128, 128>>, <<244, 144, 128, 128>>,
     <<248, 136, 128, 128, 128>>, <<128>>, <<195>>, <<195, 41>>, <<226, 130>>,
     <<0, 65>>, <<65, 0>>, <<216, 61, 222, 0>>, <<61, 216, 0, 222>>, <<220, 0>>, <<216, 0, 0, 65>>,
     <<0, 0, 216, 0>>, <<0, 16, 255, 255>>, <<0, 17, 0, 0>>, <<255, 255, 16, 0>>, <<0, 0, 0, 65, 1:3>>,
     <<0, 1, 246, 0, 0>>].

%% ------------------------------------------------------------------ evaluation

run({build, Segs}) ->
    {Src, Bs, _} = lists:foldl(
        fun({V, S, T, U, Sg, E}, {Acc, B0, I}) ->
            VN = var("V", I), SN = var("S", I),
            B1 = erl_eval:add_binding(VN, V, B0),
            {SizeSrc, B2} = size_src(S, SN, B1),
            Seg = [atom_to_list(VN), SizeSrc, "/", spec(T, U, Sg, E, S)],
            {[Seg | Acc], B2, I + 1}
        end, {[], erl_eval:new_bindings(), 1}, Segs),
    Expr = ["<<", lists:join(", ", lists:reverse(Src)), ">>."],
    try {ok, eval(Expr, Bs)} catch C:R -> {error, C, R} end;
run({match, Bin, Segs, Tail}) ->
    {Src, Vars, Bs, _} = lists:foldl(
        fun({S, T, U, Sg, E}, {Acc, Vs, B0, I}) ->
            VN = var("V", I), SN = var("S", I),
            {SizeSrc, B1} = size_src(S, SN, B0),
            Seg = [atom_to_list(VN), SizeSrc, "/", spec(T, U, Sg, E, S)],
            {[Seg | Acc], [atom_to_list(VN) | Vs], B1, I + 1}
        end, {[], [], erl_eval:add_binding('Bin', Bin, erl_eval:new_bindings()), 1}, Segs),
    TailSrc = case Tail of 'end' -> []; binary -> ["Tail/binary"]; bitstring -> ["Tail/bitstring"] end,
    TailVal = case Tail of 'end' -> "'end'"; _ -> "Tail" end,
    Expr = ["case Bin of <<", lists:join(", ", lists:reverse(Src) ++ TailSrc), ">> -> {ok, [",
            lists:join(", ", lists:reverse(Vars)), "], ", TailVal, "}; _ -> nomatch end."],
    try eval(Expr, Bs) catch C:R -> {error, C, R} end.

var(P, I) -> list_to_atom(P ++ integer_to_list(I)).

size_src(null, _, B) -> {"", B};
size_src(S, SN, B) -> {[":", atom_to_list(SN)], erl_eval:add_binding(SN, S, B)}.

spec(T, U, Sg, E, S) when T =:= utf8; T =:= utf16; T =:= utf32 ->
    _ = {U, Sg, S},
    [atom_to_list(T), "-", atom_to_list(E)];
spec(T, U, Sg, E, S) ->
    Sign = case Sg of true -> "-signed"; false -> "-unsigned" end,
    Unit = case {T, S} of
               {_, null} when T =:= integer; T =:= float -> "";
               _ -> ["-unit:", integer_to_list(U)]
           end,
    [atom_to_list(T), Sign, "-", atom_to_list(E), Unit].

eval(Src, Bs) ->
    {ok, Toks, _} = erl_scan:string(lists:flatten(Src)),
    {ok, [E]} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:expr(E, Bs),
    V.
