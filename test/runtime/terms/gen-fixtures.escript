#!/usr/bin/env escript
%% -*- erlang -*-
%%! +A0
%%
%% Generates the term-layer fixtures from real Erlang/OTP 25. Never edit the output by
%% hand: rerun this script.
%%
%%   escript test/runtime/terms/gen-fixtures.escript test/runtime/terms/fixtures
%%
%% Writes (JSON, ASCII only):
%%   terms.json  one record per term: its term_to_binary hex (the TS side decodes it to
%%               get the term), ~w and ~tw text, phash2/1, phash2/2 with two ranges, and
%%               term_to_binary with [compressed], {minor_version,0} and {minor_version,2}
%%               where those differ from the default encoding.
%%   pairs.json  a pool of terms and, for many pairs, A == B, A =:= B, A < B and the
%%               map-key order of A and B.
%%   sorts.json  lists of mixed terms and lists:sort/1 of each.
%%   arith.json  + - * / div rem band bor bxor bsl bsr bnot and unary -/+ over a pool of
%%               integers (small, around 2^27/2^31/2^53/2^59/2^64, big), floats and a
%%               non-number, with the result's hex or the error reason.
%%   decode.json binary_to_term(B, [used]) of hand-made and mutated inputs: the result
%%               re-encoded and the bytes used, or the error.
%%   deflate.json zlib (the library behind term_to_binary's `compressed`) at levels 1-9
%%               over inputs both sides generate from one formula: length and MD5.
%% The generator is seeded, so reruns give the same terms (refs made by make_ref/0 and
%% the creator pid inside local funs differ between runs; the records stay consistent).
-mode(compile).

main([Dir]) ->
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    rand:seed(exsss, {20250101, 42, 7}),
    Funs = local_funs(),
    Terms = terms(Funs),
    write(Dir, "terms.json", ["[\n", join([term_record(T) || T <- Terms], ",\n"), "\n]\n"]),
    Pool = pair_pool(Funs),
    Pairs = pairs(Pool),
    write(Dir, "pairs.json",
          ["{\"pool\": [\n", join([["\"", hex(term_to_binary(T)), "\""] || T <- Pool], ",\n"),
           "\n],\n\"pairs\": [\n", join(Pairs, ",\n"), "\n]}\n"]),
    Sorts = sorts(Pool, Terms),
    write(Dir, "sorts.json",
          ["[\n", join([["[\"", hex(term_to_binary(L)), "\", \"", hex(term_to_binary(lists:sort(L))), "\"]"]
                        || L <- Sorts], ",\n"), "\n]\n"]),
    write(Dir, "arith.json", arith()),
    write(Dir, "deflate.json", deflates()),
    Decodes = decodes(Terms),
    write(Dir, "decode.json", ["[\n", join(Decodes, ",\n"), "\n]\n"]),
    io:format("terms: ~w, pair pool: ~w, pairs: ~w, sorts: ~w, decodes: ~w~n",
              [length(Terms), length(Pool), length(Pairs), length(Sorts), length(Decodes)]).

write(Dir, Name, IoData) ->
    ok = file:write_file(filename:join(Dir, Name), IoData).

join([], _) -> [];
join([X], _) -> [X];
join([X | Xs], Sep) -> [X, Sep | join(Xs, Sep)].

hex(B) -> [hexdig(N) || <<N:4>> <= B].
hexdig(N) when N < 10 -> $0 + N;
hexdig(N) -> $a + N - 10.

%% A JSON string of an Erlang unicode string: ASCII out, everything else \u-escaped.
jstr(S) -> [$", [jchar(C) || C <- S], $"].
jchar($") -> "\\\"";
jchar($\\) -> "\\\\";
jchar(C) when C >= 32, C < 127 -> C;
jchar(C) when C > 16#FFFF ->
    C1 = C - 16#10000,
    [u4(16#D800 + (C1 bsr 10)), u4(16#DC00 + (C1 band 16#3FF))];
jchar(C) -> u4(C).
u4(N) -> io_lib:format("\\u~4.16.0b", [N]).

num(N) -> integer_to_list(N).

%% ---------------------------------------------------------------------- records

term_record(T) ->
    Etf = term_to_binary(T),
    W = lists:flatten(io_lib:format("~w", [T])),
    TW = lists:flatten(io_lib:format("~tw", [T])),
    R1 = pick([1, 2, 7, 256, 1000, 65536, 1 bsl 27, 1 bsl 32, 12345678]),
    R2 = rand:uniform(1 bsl 32),
    %% the variants only for modest terms, to keep the fixture small
    Small = byte_size(Etf) < 700,
    Extra = [case Small orelse is_list(T) of
                 true -> opt_field("c", Etf, term_to_binary(T, [compressed]));
                 false -> []
             end
             | case Small of
                   true -> [opt_field("m0", Etf, term_to_binary(T, [{minor_version, 0}])),
                            opt_field("m2", Etf, term_to_binary(T, [{minor_version, 2}]))];
                   false -> []
               end],
    %% The ~w of the 65535/65536-element lists is not worth its size.
    WField = case byte_size(Etf) > 100000 of true -> "null"; false -> jstr(W) end,
    ["{\"etf\": \"", hex(Etf), "\", \"w\": ", WField,
     case TW of W -> []; _ -> [", \"tw\": ", jstr(TW)] end,
     ", \"h\": ", num(erlang:phash2(T)),
     ", \"hr\": [", num(R1), ", ", num(erlang:phash2(T, R1)), ", ", num(R2), ", ", num(erlang:phash2(T, R2)), "]",
     [X || X <- Extra, X =/= []],
     case det(T) of true -> []; false -> ", \"det\": false" end,
     "}"].

opt_field(_, Same, Same) -> [];
opt_field(Name, _, B) -> [", \"", Name, "\": \"", hex(B), "\""].

%% Does the term hash (and so iterate) the same in any VM? Large maps order their keys by
%% OTP's internal hash, which for atoms, pids, ports, refs and funs depends on the VM.
det(T) -> det(T, false).
det(T, InBig) when is_map(T) ->
    Big = map_size(T) > 32,
    lists:all(fun({K, V}) -> det_key(K, Big orelse InBig) andalso det(V, InBig) end, maps:to_list(T));
det(T, InBig) when is_tuple(T) -> lists:all(fun(E) -> det(E, InBig) end, tuple_to_list(T));
det([H | T], InBig) -> det(H, InBig) andalso det(T, InBig);
det(_, _) -> true.
det_key(K, false) -> det(K, false);
det_key(K, true) -> hashable(K).
hashable(K) when is_integer(K); is_float(K); is_bitstring(K); K =:= [] -> true;
hashable(K) when is_tuple(K) -> lists:all(fun hashable/1, tuple_to_list(K));
hashable([H | T]) -> hashable(H) andalso hashable(T);
hashable(K) when is_map(K) -> map_size(K) =< 32 andalso lists:all(fun({A, B}) -> hashable(A) andalso hashable(B) end, maps:to_list(K));
hashable(_) -> false.

%% ------------------------------------------------------------------------- terms

pick(L) -> lists:nth(rand:uniform(length(L)), L).

int_edges() ->
    P = fun(N) -> 1 bsl N end,
    Base = [0, 1, -1, 2, 127, 128, 255, 256, -255, -256, 65535, 65536,
            P(27) - 1, P(27), -P(27), -P(27) - 1, P(28), P(31) - 1, P(31), -P(31), -P(31) - 1,
            P(32) - 1, P(32), P(32) + 1, -P(32), P(40), P(52), P(53) - 1, P(53), P(53) + 1,
            -(P(53) - 1), -P(53), -(P(53) + 1), P(56) + 3, P(59) - 1, P(59), -P(59), -P(59) - 1,
            P(60), P(63) - 1, P(63), -P(63), P(64) - 1, P(64), P(64) + 1, -P(64), -(P(64) + 1),
            P(100), -P(100), P(127) * 3, P(2039), -(P(2039) - 1), P(2048) + 12345],
    Base.

rand_int() ->
    case rand:uniform(6) of
        1 -> rand:uniform(512) - 256;
        2 -> rand:uniform(1 bsl 32) - (1 bsl 31);
        3 -> rand:uniform(1 bsl 54) - (1 bsl 53);
        4 -> big(rand:uniform(130));
        5 -> big(rand:uniform(2100));
        6 -> pick(int_edges())
    end.

big(Bits) ->
    N = rand:uniform(1 bsl Bits),
    case rand:uniform(2) of 1 -> N; 2 -> -N end.

float_edges() ->
    [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.5, 100.0, 1000.0, 1.0e3, 1.0e4, 1.0e5,
     1.0e15, 1.0e16, 1.0e17, 1.0e21, 1.0e22, 1.0e23, 1.0e100, 1.0e300, -1.0e300,
     1.7976931348623157e308, -1.7976931348623157e308, 5.0e-324, -5.0e-324, 1.0e-323,
     2.2250738585072014e-308, 2.225073858507201e-308, 1.0e-10, 1.0e-5, 1.0e-4, 1.0e-3,
     1.2345e-4, 0.00012345, 123456789.0, 123456789012345.67, 1234567890123456.8,
     9007199254740991.0, 9007199254740992.0, 9007199254740994.0, 18014398509481984.0,
     1.2345678901234568e16, 4503599627370497.0, 3.141592653589793, 2.718281828459045,
     1.0e-7, 0.30000000000000004, 123.456, 1.0e-300, 6.02214076e23, 4294967296.0,
     576460752303423488.0, 18446744073709551616.0, 36893488147419103232.0].

rand_float() ->
    case rand:uniform(5) of
        1 -> pick(float_edges());
        2 -> rand:uniform() * math:pow(10, rand:uniform(40) - 20);
        3 -> -rand:uniform() * math:pow(10, rand:uniform(600) - 300);
        4 -> bits_float();
        5 -> float(rand:uniform(1 bsl 60)) * pick([1.0, -1.0, 0.5, 0.25])
    end.

bits_float() ->
    <<F:64/float>> = case <<(rand:uniform(1 bsl 64) - 1):64>> of
        <<_:1, 2047:11, _:52>> -> <<1.0:64/float>>;
        B -> B
    end,
    F.

rand_atom() ->
    case rand:uniform(9) of
        1 -> list_to_atom([$a + rand:uniform(26) - 1 | [pick("abcxyz_@09AZ") || _ <- lists:seq(1, rand:uniform(8))]]);
        2 -> pick(['', 'true', 'false', 'ok', 'undefined', 'after', 'case', 'maybe', 'else', 'A', '_x',
                   'hello world', 'it\'s', 'back\\slash', '\n', '\t\r', '\e', list_to_atom([0]), 'a.b', 'a-b', 'nonode@nohost',
                   'ß', 'é', 'Éa', 'aÉ', '÷', 'a÷', '×', 'ÿ', list_to_atom([160]), list_to_atom([255]), 'ok!', '[]', '{}', '\d']);
        3 -> list_to_atom([rand:uniform(255) || _ <- lists:seq(1, rand:uniform(6))]);
        4 -> list_to_atom([uni_char() || _ <- lists:seq(1, rand:uniform(5))]);
        5 -> list_to_atom(lists:duplicate(255, pick("az")));
        6 -> list_to_atom(lists:duplicate(rand:uniform(100), 16#10348));
        7 -> list_to_atom([16#E000 + rand:uniform(16#1FFF) - 1, 16#10000 + rand:uniform(16#FFFF)]);
        _ -> list_to_atom("a" ++ integer_to_list(rand:uniform(100000)))
    end.

uni_char() ->
    case rand:uniform(4) of
        1 -> 16#100 + rand:uniform(16#700);
        2 -> 16#3040 + rand:uniform(16#60);
        3 -> 16#10000 + rand:uniform(16#FFFF);
        4 -> 16#E000 + rand:uniform(16#1FFF)
    end.

rand_bin() ->
    case rand:uniform(8) of
        1 -> <<>>;
        2 -> rand:bytes(rand:uniform(20));
        3 -> rand:bytes(rand:uniform(300));
        4 -> N = rand:uniform(7), <<(rand:bytes(rand:uniform(10)))/binary, (rand:uniform(1 bsl N) - 1):N>>;
        5 -> N = rand:uniform(7), <<(rand:uniform(1 bsl N) - 1):N>>;
        6 -> B = rand:bytes(40), S = rand:uniform(20), binary:part(B, S, rand:uniform(40 - S));
        7 -> B = rand:bytes(30), O = rand:uniform(15), L = rand:uniform(100),
             <<_:O, X:L/bitstring, _/bitstring>> = B, X;
        8 -> list_to_binary([rand:uniform(26) + $a - 1 || _ <- lists:seq(1, rand:uniform(30))])
    end.

rand_pid() ->
    case rand:uniform(3) of
        1 -> list_to_pid("<0." ++ integer_to_list(rand:uniform(32767)) ++ "." ++ integer_to_list(rand:uniform(8) - 1) ++ ">");
        2 -> ext(88, pick(['foo@bar', 'x@y', 'nonode@nohost']), <<(rand:uniform(32767)):32, (rand:uniform(8) - 1):32, (rand:uniform(5)):32>>);
        3 -> self()
    end.

rand_port() ->
    case rand:uniform(3) of
        1 -> list_to_port("#Port<0." ++ integer_to_list(rand:uniform(100000)) ++ ">");
        2 -> ext(89, 'foo@bar', <<(rand:uniform(1 bsl 32) - 1):32, (rand:uniform(5)):32>>);
        3 -> ext(120, 'foo@bar', <<(rand:uniform(1 bsl 64) - 1):64, (rand:uniform(5)):32>>)
    end.

rand_ref() ->
    case rand:uniform(3) of
        1 -> make_ref();
        2 -> binary_to_term(<<131, 90, 3:16, 100, 13:16, "nonode@nohost", 0:32,
                              (rand:uniform(1 bsl 18) - 1):32, (rand:uniform(1 bsl 32) - 1):32, (rand:uniform(1 bsl 32) - 1):32>>);
        3 -> N = rand:uniform(5),
             binary_to_term(<<131, 90, N:16, 100, 7:16, "foo@bar", (rand:uniform(9)):32,
                              << <<(rand:uniform(1 bsl 32) - 1):32>> || _ <- lists:seq(1, N) >>/binary>>)
    end.

ext(Tag, Node, Rest) ->
    N = atom_to_binary(Node, latin1),
    binary_to_term(<<131, Tag, 100, (byte_size(N)):16, N/binary, Rest/binary>>).

rand_fun(Funs) ->
    case rand:uniform(3) of
        1 -> pick([fun lists:map/2, fun erlang:self/0, erlang:make_fun('A b', 'c d', 3), erlang:make_fun(m, f, 255),
                   erlang:make_fun('\x{100}mod', 'fün', 0)]);
        _ -> pick(Funs)
    end.

%% Funs of a module compiled here, some with free variables.
local_funs() ->
    Src = ["-module(fixfuns).\n-export([make/1]).\n",
           "make(X) -> [fun() -> X end, fun(A) -> {A, X} end, fun(A, B) -> A + B end,\n",
           "            fun(A) -> [A | X] end, fun() -> ok end].\n"],
    {ok, Toks, _} = erl_scan:string(lists:flatten(Src)),
    Forms = split_forms(Toks, [], []),
    {ok, fixfuns, Bin} = compile:forms(Forms, [binary]),
    {module, fixfuns} = code:load_binary(fixfuns, "fixfuns.erl", Bin),
    lists:append([fixfuns:make(X) || X <- [1, foo, {a, 2.5}, [<<1>>, "x"], #{k => v}]]).

split_forms([], [], Acc) -> lists:reverse(Acc);
split_forms([{dot, _} = D | Rest], Cur, Acc) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    split_forms(Rest, [], [F | Acc]);
split_forms([T | Rest], Cur, Acc) -> split_forms(Rest, [T | Cur], Acc).

leaf(Funs) ->
    case rand:uniform(20) of
        N when N =< 5 -> rand_int();
        N when N =< 9 -> rand_float();
        N when N =< 12 -> rand_atom();
        N when N =< 14 -> rand_bin();
        15 -> rand_pid();
        16 -> rand_port();
        17 -> rand_ref();
        18 -> rand_fun(Funs);
        19 -> [];
        20 -> {}
    end.

gen(0, Funs) -> leaf(Funs);
gen(D, Funs) ->
    case rand:uniform(14) of
        N when N =< 5 -> leaf(Funs);
        6 -> [gen(D - 1, Funs) || _ <- lists:seq(1, rand:uniform(5))];
        7 -> improper([gen(D - 1, Funs) || _ <- lists:seq(1, rand:uniform(3))], gen(0, Funs));
        8 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(12))];
        9 -> [uni_char() || _ <- lists:seq(1, rand:uniform(6))];
        10 -> list_to_tuple([gen(D - 1, Funs) || _ <- lists:seq(1, rand:uniform(5))]);
        11 -> maps:from_list([{gen(D - 1, Funs), gen(D - 1, Funs)} || _ <- lists:seq(1, rand:uniform(6))]);
        12 -> maps:from_list([{pick([a, b, c, d, 1, 1.0, 2, "k", <<"k">>, {1}, {1.0}]), gen(D - 1, Funs)} || _ <- lists:seq(1, rand:uniform(5))]);
        13 -> [gen(D - 1, Funs) | gen(D - 1, Funs)];
        14 -> {gen(D - 1, Funs), gen(D - 1, Funs)}
    end.

modest(Funs) ->
    T = gen(rand:uniform(4), Funs),
    case erts_debug:flat_size(T) > 300 of
        true -> modest(Funs);
        false -> T
    end.

improper(L, T) when is_list(T), T =/= [] -> L ++ [T];
improper(L, []) -> L;
improper(L, T) -> lists:foldr(fun(H, Acc) -> [H | Acc] end, T, L).

hkey() ->
    case rand:uniform(8) of
        1 -> rand:uniform(1000000) - 500000;
        2 -> rand_int();
        3 -> rand_float();
        4 -> rand_bin();
        5 -> {rand:uniform(100), rand_float()};
        6 -> [rand:uniform(300) - 1 || _ <- lists:seq(1, rand:uniform(6))];
        7 -> [rand_int(), rand_float() | rand:uniform(5)];
        8 -> #{rand:uniform(10) => rand:uniform(3)}
    end.

big_map(N, KeyFun, Funs) ->
    big_map(N, KeyFun, Funs, #{}).
big_map(N, KeyFun, Funs, M) ->
    case map_size(M) >= N of
        true -> M;
        false ->
            V = case rand:uniform(10) of 1 -> gen(1, Funs); _ -> rand:uniform(100) end,
            big_map(N, KeyFun, Funs, M#{KeyFun() => V})
    end.

terms(Funs) ->
    Fixed = int_edges() ++ [-X || X <- int_edges()] ++ float_edges()
        ++ [-F || F <- float_edges()]
        ++ [[], {}, #{}, <<>>, "", "abc", [1, 2 | 3], [[]], {[]}, [a | b], "\x{10FFFF}", [256],
            lists:seq(0, 255), lists:seq(1, 300), lists:duplicate(65535, $x), lists:duplicate(65536, $y),
            list_to_tuple(lists:seq(1, 256)), list_to_tuple(lists:seq(1, 255)),
            binary:copy(<<"ab">>, 200), <<1:1>>, <<0:7>>, <<255, 1:1>>,
            #{1 => a, 1.0 => b}, #{{1} => x, {1.0} => y, [1] => z, [1.0] => w},
            fun lists:map/2, self(), hd(erlang:ports()), make_ref()]
        ++ [maps:from_list([{I, I} || I <- lists:seq(1, N)]) || N <- [31, 32, 33, 34, 40, 64, 100, 1000]]
        ++ [maps:from_list([{float(I), I} || I <- lists:seq(1, N)]) || N <- [33, 200]]
        ++ [maps:from_list([{-I * 1000003, <<I:32>>} || I <- lists:seq(1, 500)])]
        ++ [maps:remove(K, maps:from_list([{I, x} || I <- lists:seq(1, 33)])) || K <- [1, 17, 33]]
        ++ [big_map(N, fun hkey/0, Funs) || N <- [33, 35, 50, 80, 150, 300, 700]]
        ++ [#{m => big_map(40, fun hkey/0, Funs)}, {big_map(33, fun hkey/0, Funs)}]
        ++ [big_map(N, fun rand_atom/0, Funs) || N <- [33, 60]]
        ++ [maps:from_list([{I, I} || I <- lists:seq(1, 40)] ++ [{a, b}])]
        ++ Funs,
    Random = [modest(Funs) || _ <- lists:seq(1, 1500)],
    Fixed ++ Random.

%% -------------------------------------------------------------------------- pairs

pair_pool(Funs) ->
    Ints = [0, 1, -1, 2, 255, 256, 1 bsl 27, 1 bsl 31, 1 bsl 53 - 1, 1 bsl 53, 1 bsl 53 + 1,
            -(1 bsl 53), -(1 bsl 53 + 1), 1 bsl 59, 1 bsl 60, 1 bsl 64, -(1 bsl 64), 1 bsl 64 + 1,
            1 bsl 1023, 1 bsl 1024, -(1 bsl 1024), 1 bsl 1024 + 1, 123456789012345678901234567890],
    Floats = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 255.0, 256.0, float(1 bsl 53), float(1 bsl 53) - 1.0,
              float(1 bsl 53) + 2.0, -float(1 bsl 53), float(1 bsl 59), float(1 bsl 60), float(1 bsl 64),
              -float(1 bsl 64), float(1 bsl 1023), 1.7976931348623157e308, -1.7976931348623157e308,
              1.2345678901234568e29, 0.1, 5.0e-324],
    Atoms = ['', a, b, aa, ab, 'B', 'Z', z, 'true', 'false', 'é', 'ÿ', list_to_atom([16#100]), list_to_atom([16#FFFD]),
             list_to_atom([16#10000]), list_to_atom([16#E000]), list_to_atom([16#D7FF]), list_to_atom([$a, 16#10000]),
             list_to_atom([$a, 16#FFFD]), zz, 'a b', ok, error],
    Tuples = [{}, {a}, {b}, {1}, {1.0}, {1, 2}, {1, 2.0}, {1.0, 2}, {a, b, c}, {a, b, d}, {{}}, {[]},
              {1, a}, {2, a}, {a, 1}, {1, [1]}, {1, [1.0]}],
    Lists = [[], [a], [b], [a, b], [a | b], [a, b | c], [1], [1.0], [1, 2], [1 | 2], [1 | 2.0], "abc", "abd",
             "ab", [97, 98, 99 | 100], [[]], [[], []], [{}], [#{}], [<<>>], [a, []], [1, 2, 3], [1, 2.0, 3]],
    Maps = [#{}, #{a => 1}, #{a => 1.0}, #{a => 2}, #{b => 1}, #{1 => a}, #{1.0 => a}, #{2 => a},
            #{a => 1, b => 2}, #{a => 1, c => 2}, #{a => 2, b => 1}, #{1 => x, 1.0 => y}, #{1 => x, 2.0 => y},
            #{{1} => a}, #{{1.0} => a}, #{[] => a}, #{a => #{}}, #{a => #{b => 1}}, #{a => #{b => 1.0}},
            maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
            maps:from_list([{I, I} || I <- lists:seq(1, 32)] ++ [{34, 34}]),
            maps:from_list([{I, I} || I <- lists:seq(1, 32)] ++ [{33, 33.0}]),
            maps:from_list([{I, I} || I <- lists:seq(1, 32)] ++ [{33.0, 33}]),
            maps:from_list([{I, I} || I <- lists:seq(2, 34)]),
            maps:from_list([{I, I} || I <- lists:seq(1, 34)])],
    Bins = [<<>>, <<0>>, <<1>>, <<1, 2>>, <<1, 3>>, <<2>>, <<255>>, <<1:1>>, <<0:1>>, <<1:2>>, <<2:2>>,
            <<1, 1:1>>, <<1, 0:1>>, <<1, 2, 3>>, <<"abc">>, <<"abd">>, <<"ab">>, <<0:7>>, <<0:8>>, <<0:9>>,
            <<128:8>>, <<1:7>>],
    Others = [list_to_pid("<0.5.1>"), list_to_pid("<0.6.0>"), list_to_pid("<0.5.0>"), list_to_pid("<0.100.3>"),
              ext(88, 'foo@bar', <<5:32, 1:32, 1:32>>), ext(88, 'abc@d', <<5:32, 1:32, 1:32>>),
              ext(88, 'foo@bar', <<5:32, 1:32, 2:32>>), ext(88, 'nonode@nohost', <<5:32, 1:32, 3:32>>),
              list_to_port("#Port<0.5>"), list_to_port("#Port<0.6>"), ext(89, 'foo@bar', <<1:32, 1:32>>),
              ext(89, 'abc@d', <<9:32, 1:32>>), ext(120, 'foo@bar', <<(1 bsl 40):64, 1:32>>),
              list_to_ref("#Ref<0.1.2.3>"), list_to_ref("#Ref<0.3.2.1>"), list_to_ref("#Ref<0.1.2.4>"),
              binary_to_term(<<131, 90, 1:16, 100, 13:16, "nonode@nohost", 0:32, 7:32>>),
              binary_to_term(<<131, 90, 4:16, 100, 13:16, "nonode@nohost", 5:32, 3:32, 2:32, 1:32, 0:32>>),
              binary_to_term(<<131, 90, 4:16, 100, 13:16, "nonode@nohost", 5:32, 3:32, 2:32, 1:32, 5:32>>),
              binary_to_term(<<131, 90, 3:16, 100, 13:16, "nonode@nohost", 5:32, 3:32, 2:32, 1:32>>),
              binary_to_term(<<131, 90, 3:16, 100, 7:16, "foo@bar", 1:32, 3:32, 2:32, 1:32>>),
              fun lists:map/2, fun lists:map/3, fun lists:filter/2, fun erlang:abs/1, erlang:make_fun(a, b, 0)]
             ++ lists:sublist(Funs, 8),
    Ints ++ Floats ++ Atoms ++ Tuples ++ Lists ++ Maps ++ Bins ++ Others.

pairs(Pool) ->
    Idx = lists:zip(lists:seq(0, length(Pool) - 1), Pool),
    [pair(I, A, J, B) || {I, A} <- Idx, {J, B} <- Idx].

pair(I, A, J, B) ->
    KeyOrd = case A =:= B of
                 true -> 0;
                 false -> case maps:keys(#{A => 1, B => 2}) of [A, B] -> -1; [B, A] -> 1 end
             end,
    ["[", num(I), ",", num(J), ",", b(A == B), ",", b(A =:= B), ",", b(A < B), ",", num(KeyOrd), "]"].

b(true) -> "1";
b(false) -> "0".

%% -------------------------------------------------------------------------- sorts

sorts(Pool, Terms) ->
    Small = [T || T <- Terms, erts_debug:flat_size(T) < 60],
    [lists:sublist(shuffle(Pool), rand:uniform(30)) || _ <- lists:seq(1, 100)]
        ++ [[pick(Small) || _ <- lists:seq(1, rand:uniform(20))] || _ <- lists:seq(1, 100)]
        ++ [shuffle(Pool)].

shuffle(L) -> [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- L])].

%% ------------------------------------------------------------------------ deflate

%% zlib output (the library term_to_binary's `compressed` uses) at every level over
%% inputs the TS side regenerates from the same formula: size, md5 of the output.
deflates() ->
    Sizes = [0, 1, 2, 3, 4, 10, 100, 1000, 5000, 20000, 65536, 70000, 140000],
    Recs = [deflate_rec(Kind, Size, Level) || Kind <- [0, 1, 2, 3], Size <- Sizes, Level <- lists:seq(1, 9)],
    ["[\n", join(Recs, ",\n"), "\n]\n"].

deflate_rec(Kind, Size, Level) ->
    Data = gen_input(Kind, Size),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, Level),
    Out = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateEnd(Z),
    zlib:close(Z),
    ["{\"kind\": ", num(Kind), ", \"size\": ", num(Size), ", \"level\": ", num(Level),
     ", \"len\": ", num(byte_size(Out)), ", \"md5\": \"", hex(erlang:md5(Out)), "\"}"].

%% A 31-bit LCG (also in test/runtime/terms/deflate.test.ts) feeding four kinds of data:
%% random bytes, a 3-letter alphabet, words from a small vocabulary, runs of bytes.
gen_input(Kind, Size) -> list_to_binary(lists:sublist(gen(Kind, Size, Kind + 1, 0, []), Size)).

lcg(S) -> (S * 1103515245 + 12345) band 16#7fffffff.

gen(_, Size, _, N, Acc) when N >= Size -> lists:reverse(Acc);
gen(Kind, Size, S0, N, Acc) ->
    S = lcg(S0),
    V = S bsr 16,
    Bytes = case Kind of
                0 -> [V band 255];
                1 -> [$a + V rem 3];
                2 -> lists:nth((V band 7) + 1, ["the ", "quick ", "erlang ", "term ", "of ", "a ", "binary, ", "zlib\n"]);
                3 -> lists:duplicate(((S bsr 8) band 31) + 1, V band 255)
            end,
    gen(Kind, Size, S, N + length(Bytes), lists:reverse(Bytes, Acc)).

%% ------------------------------------------------------------------------ decodes

%% binary_to_term/2 with [used] on hand-made and mutated inputs: the re-encoded result
%% and the bytes used, or the error.
decodes(Terms) ->
    Atom = fun(Name) -> N = atom_to_binary(Name, utf8), <<100, (byte_size(N)):16, N/binary>> end,
    Local = Atom(nonode@nohost),
    Crafted =
        [<<131, 97, 1, 0>>, <<131, 97, 1>>, <<>>, <<131>>, <<130, 97, 1>>, <<131, 97>>,
         <<131, 117, 0:32, 100, 1:16, "m", 97, 1, 97, 2, 88, Local/binary, 1:32, 0:32, 0:32>>,
         <<131, 100, 256:16, (binary:copy(<<"a">>, 256))/binary>>,
         <<131, 100, 255:16, (binary:copy(<<"a">>, 255))/binary>>,
         <<131, 118, 510:16, (binary:copy(<<196, 128>>, 255))/binary>>,
         <<131, 118, 512:16, (binary:copy(<<196, 128>>, 256))/binary>>,
         <<131, 119, 2, 255, 255>>, <<131, 119, 3, 237, 160, 128>>, <<131, 119, 2, 192, 128>>,
         <<131, 119, 4, 240, 144, 141, 136>>, <<131, 116, 2:32, 97, 1, 97, 2, 97, 1, 97, 3>>,
         <<131, 100, 4:16, "true">>, <<131, 115, 5, "false">>, <<131, 110, 1, 0, 5>>, <<131, 110, 2, 0, 5, 0>>,
         <<131, 110, 1, 1, 0>>, <<131, 110, 0, 0>>, <<131, 110, 0, 1>>, <<131, 111, 0:32, 0>>,
         <<131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 31, 0>>, <<131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 32, 0>>,
         <<131, 110, 7, 1, 255, 255, 255, 255, 255, 255, 31>>, <<131, 111, 3:32, 0, 1, 2, 3>>,
         <<131, 108, 0:32, 106>>, <<131, 108, 0:32, 97, 1>>, <<131, 107, 0:16>>, <<131, 107, 3:16, 1, 2>>,
         <<131, 70, 127, 248, 0:48>>, <<131, 70, 127, 240, 0:48>>, <<131, 70, 255, 240, 0:48>>, <<131, 70, 128, 0:56>>,
         <<131, 70, 0, 0, 0, 0, 0, 0, 0, 1>>,
         <<131, 99, "1.50000000000000000000e+00", 0:40>>, <<131, 99, "abc", 0:224>>, <<131, 99, "1.5", 0:224>>,
         <<131, 99, "-0.0", 0:216>>, <<131, 99, "1e400", 0:208>>, <<131, 99, " 2.5", 0:216>>, <<131, 99, "2.5x", 0:216>>,
         <<131, 99, "12", 0:232>>, <<131, 99, ".5", 0:232>>, <<131, 99, "5.", 0:232>>, <<131, 99, "1.0e-400", 0:184>>,
         <<131, 99, "1.5">>,
         <<131, 77, 1:32, 0, 255>>, <<131, 77, 1:32, 9, 255>>, <<131, 77, 0:32, 0>>, <<131, 77, 0:32, 3>>,
         <<131, 77, 1:32, 8, 255>>, <<131, 77, 1:32, 3, 255>>, <<131, 77, 2:32, 1, 255, 255>>,
         <<131, 109, 3:32, 1, 2>>, <<131, 109, 0:32>>,
         <<131, 116, 0:32>>, <<131, 116, 1:32, 97, 1>>, <<131, 82, 0>>, <<131, 121, 0>>, <<131, 68, 0>>,
         <<131, 104, 2, 97, 1>>, <<131, 105, 0:32>>, <<131, 104, 0>>, <<131, 105, 3:32, 97, 1, 97, 2, 97, 3>>,
         <<131, 118, 3:16, "abc">>, <<131, 100, 2:16, 196, 128>>, <<131, 115, 2, 196, 128>>, <<131, 115, 1, 255>>,
         <<131, 103, (Atom('a@b'))/binary, 1:32, 2:32, 3>>, <<131, 103, Local/binary, 1:32, 2:32, 0>>,
         <<131, 101, (Atom('a@b'))/binary, 1:32, 3>>, <<131, 101, Local/binary, 1:32, 0>>,
         <<131, 102, (Atom('a@b'))/binary, 1:32, 3>>, <<131, 102, Local/binary, 7:32, 0>>,
         <<131, 114, 3:16, (Atom('a@b'))/binary, 3, 1:32, 2:32, 3:32>>, <<131, 114, 2:16, Local/binary, 0, 1:32, 2:32>>,
         <<131, 114, 6:16, (Atom('a@b'))/binary, 3, 0:192>>, <<131, 114, 0:16, (Atom('a@b'))/binary, 3>>,
         <<131, 90, 1:16, Local/binary, 0:32, 7:32>>, <<131, 90, 4:16, Local/binary, 0:32, 3:32, 2:32, 1:32, 0:32>>,
         <<131, 90, 3:16, Local/binary, 0:32, 16#40000:32, 2:32, 1:32>>, <<131, 90, 3:16, Local/binary, 1:32, 16#40000:32, 2:32, 1:32>>,
         <<131, 90, 5:16, (Atom('a@b'))/binary, 1:32, 1:32, 2:32, 3:32, 4:32, 5:32>>,
         <<131, 88, Local/binary, 5:32, 7:32, 0:32>>, <<131, 88, Local/binary, 5:32, 7:32, 1:32>>,
         <<131, 88, Local/binary, 32767:32, 8191:32, 0:32>>, <<131, 88, Local/binary, 32768:32, 0:32, 0:32>>,
         <<131, 88, Local/binary, 5:32, 8192:32, 0:32>>, <<131, 88, (Atom('a@b'))/binary, 5:32, 7:32, 9:32>>,
         <<131, 89, Local/binary, (1 bsl 28 - 1):32, 0:32>>, <<131, 89, Local/binary, (1 bsl 28):32, 0:32>>,
         <<131, 120, Local/binary, (1 bsl 28 - 1):64, 0:32>>, <<131, 120, Local/binary, (1 bsl 28):64, 0:32>>,
         <<131, 120, (Atom('a@b'))/binary, (1 bsl 63):64, 0:32>>, <<131, 120, (Atom('a@b'))/binary, 5:64, 1:32>>,
         <<131, 113, 100, 1:16, "m", 100, 1:16, "f", 97, 3>>, <<131, 113, 100, 1:16, "m", 100, 1:16, "f", 98, 3:32>>,
         <<131, 113, 100, 1:16, "m", 100, 1:16, "f", 98, 256:32>>, <<131, 113, 100, 1:16, "m", 97, 1, 97, 3>>,
         <<131, 113, 100, 1:16, "m", 100, 1:16, "f", 98, -1:32>>,
         <<131, 80, 2:32, 120, 156, 75, 100, 4, 0, 0, 200, 0, 98>>,
         <<131, 80, 2:32, 120, 156, 75, 4, 0, 0, 98, 0, 98>>,
         <<131, 80, 3:32, (zlib:compress(<<97, 5>>))/binary>>,
         <<131, 80, 2:32, (zlib:compress(<<97, 5>>))/binary>>,
         <<131, 80, 2:32, (zlib:compress(<<97, 5>>))/binary, 1, 2, 3>>,
         <<131, 80, 1:32, (zlib:compress(<<97, 5>>))/binary>>,
         <<131, 80, 0:32>>,
         <<131, 98, 5:32>>, <<131, 98, -5:32>>, <<131, 98, 5:32, 0>>,
         <<131, 107, 2:16, 1, 2, 0>>, <<131, 108, 1:32, 97, 1, 97, 2>>],
    Good = [term_to_binary(T) || T <- lists:sublist(Terms, 600, 400)],
    Mutated = [mutate(pick(Good)) || _ <- lists:seq(1, 700)],
    [decode_record(B) || B <- Crafted ++ Mutated].

mutate(B) ->
    case rand:uniform(5) of
        1 -> binary:part(B, 0, rand:uniform(byte_size(B)) - 1);
        2 -> P = rand:uniform(byte_size(B)) - 1, <<H:P/binary, _, T/binary>> = B, <<H/binary, (rand:uniform(256) - 1), T/binary>>;
        3 -> P = rand:uniform(byte_size(B)) - 1, <<H:P/binary, X, T/binary>> = B, <<H/binary, (X bxor (1 bsl (rand:uniform(8) - 1))), T/binary>>;
        4 -> P = rand:uniform(byte_size(B)), <<H:P/binary, T/binary>> = B, <<H/binary, (rand:uniform(256) - 1), T/binary>>;
        5 -> <<B/binary, (rand:bytes(rand:uniform(3)))/binary>>
    end.

decode_record(B) ->
    R = try binary_to_term(B, [used]) of
            {T, Used} -> ["{\"ok\": \"", hex(term_to_binary(T)), "\", \"used\": ", num(Used), "}"]
        catch error:E -> ["{\"error\": \"", atom_to_list(E), "\"}"]
        end,
    ["{\"in\": \"", hex(B), "\", \"out\": ", R, "}"].

%% -------------------------------------------------------------------------- arith

arith() ->
    Ints = [0, 1, -1, 2, -3, 7, -7, 255, 1 bsl 27, -(1 bsl 27),
            1 bsl 31 - 1, 1 bsl 31, -(1 bsl 31), 1 bsl 32 - 1, 1 bsl 32 + 1, -(1 bsl 32),
            1 bsl 52, 1 bsl 53 - 1, 1 bsl 53, 1 bsl 53 + 1, -(1 bsl 53 - 1), -(1 bsl 53 + 1),
            1 bsl 59, 1 bsl 63, 1 bsl 64 - 1, 1 bsl 64, -(1 bsl 64 - 1),
            -(3 bsl 100), 12345678901234567890123, -98765432109876543210987654321,
            (1 bsl 200) + (1 bsl 150) + 1, 1 bsl 1100, (1 bsl 1024) - (1 bsl 970),
            (1 bsl 1024) - (1 bsl 971), (1 bsl 117) + (1 bsl 64) + (1 bsl 63) + 1,
            (1 bsl 180) + (1 bsl 127) + 1],
    Floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e308, -1.0e308, 5.0e-324, 9007199254740993.0],
    Pool = Ints ++ Floats ++ [a, "x"],
    Shifts = [0, 1, -1, 3, -3, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, -100, 1000, -1000, 1 bsl 32,
              -(1 bsl 32), 1 bsl 64, -(1 bsl 64), 33554367, 33554368, a, 1.0],
    ShiftBase = [0, 1, -1, 5, -5, 1 bsl 31, 1 bsl 53 - 1, -(1 bsl 53), 1 bsl 64, -(1 bsl 64) - 7, 3 bsl 100,
                 -(3 bsl 100) + 1, 1.0, a],
    Ops2 = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor'],
    Bin = [rec2(Op, A, B) || Op <- Ops2, A <- Pool, B <- Pool]
        ++ [rec2(Op, A, B) || Op <- ['bsl', 'bsr'], A <- ShiftBase, B <- Shifts],
    Un = [rec1(Op, A) || Op <- ['bnot', '-', '+'], A <- Pool],
    %% Operands by their encoding: 0.0 and -0.0 are the same map key in OTP 25.
    Operands = lists:usort([term_to_binary(X) || X <- Pool ++ Shifts ++ ShiftBase]),
    Index = maps:from_list(lists:zip(Operands, lists:seq(0, length(Operands) - 1))),
    Ix = fun(X) -> num(maps:get(term_to_binary(X), Index)) end,
    ["{\"operands\": [\n", join([["\"", hex(X), "\""] || X <- Operands], ",\n"),
     "\n],\n\"ops\": [\n",
     join([["[\"", atom_to_list(Op), "\",", Ix(A), ",", Ix(B), ",", res(R), "]"]
           || {Op, A, B, R} <- Bin]
          ++ [["[\"", atom_to_list(Op), "\",", Ix(A), ",null,", res(R), "]"] || {Op, A, R} <- Un],
          ",\n"),
     "\n]}\n"].

rec2(Op, A, B) ->
    R = try {ok, erlang:Op(A, B)} catch error:E -> {error, E} end,
    {Op, A, B, R}.
rec1(Op, A) ->
    R = try {ok, erlang:Op(A)} catch error:E -> {error, E} end,
    {Op, A, R}.

res({ok, V}) ->
    case erts_debug:flat_size(V) > 2000 of
        true -> ["{\"bits\": ", num(bit_size(binary:encode_unsigned(abs(V)))), ", \"h\": ", num(erlang:phash2(V)), "}"];
        false -> ["\"", hex(term_to_binary(V)), "\""]
    end;
res({error, E}) -> ["{\"error\": \"", atom_to_list(E), "\"}"].
