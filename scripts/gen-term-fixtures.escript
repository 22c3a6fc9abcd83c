#!/usr/bin/env escript
%% -*- erlang -*-
%%
%% Generates the random-term property fixtures in test/fixtures/terms/ from real OTP.
%% Run it from the repository root with OTP 25's escript on the PATH:
%%
%%   escript scripts/gen-term-fixtures.escript [test/fixtures/terms]
%%
%% (`escript scripts/gen-term-fixtures.escript Dir Seed Count` writes Count terms from
%% another seed: more random cases to try erlts on, with
%% TERM_FIXTURES=Dir npx vitest run test/properties; the checked-in set is the default.)
%%
%% The random seed is fixed, so the output is the same on every run. Never edit the
%% output by hand; test/properties/terms.test.ts checks erlts against it.
%%
%% terms.jsonl: one JSON object per term (10,000), with
%%   t    base64 of term_to_binary(T) (the term itself; erlts must re-encode it exactly)
%%   p    io_lib:format("~p", [T])       w   io_lib:format("~w", [T])
%%   tp   io_lib:format("~tp", [T])      (text as a JSON string)
%%   h    erlang:phash2(T)               h32 erlang:phash2(T, 1 bsl 32)
%% and for every 10th term also
%%   c    base64 of term_to_binary(T, [compressed])
%%   m0   base64 of term_to_binary(T, [{minor_version, 0}])
%%   m2   base64 of term_to_binary(T, [{minor_version, 2}])
%%   d    a depth D (1..12), P: io_lib:format("~P", [T, D]), W: io_lib:format("~W", [T, D])
%% sorts.jsonl: one JSON object per group, {"g": [I...], "s": [I...]}: indices into
%% terms.jsonl (0-based) of a group of terms, and the same indices in the order
%% lists:sort/1 puts the group's terms (equal terms keep the order sort gives them).
-mode(compile).

-define(N, 10000).
-define(SEED, 20261124).
-define(GROUPS, 1000).
%% Most terms encode in at most 600 bytes; one in 25 may take up to 3000.
-define(MAX_ETF, 600).
-define(MAX_ETF_BIG, 3000).

main([]) -> main(["test/fixtures/terms"]);
main([Dir]) -> main(Dir, ?SEED, ?N);
main([Dir, Seed, N]) -> main(Dir, list_to_integer(Seed), list_to_integer(N)).

main(Dir, Seed, N) ->
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    rand:seed(exsss, {Seed, 42, 7}),
    Fixed = fixed(),
    Terms = list_to_tuple(Fixed ++ gen_terms(N - length(Fixed), [])),
    {ok, F} = file:open(filename:join(Dir, "terms.jsonl"), [write, binary]),
    lists:foreach(fun(I) -> ok = file:write(F, [record(I, element(I + 1, Terms)), $\n]) end,
                  lists:seq(0, N - 1)),
    ok = file:close(F),
    {ok, G} = file:open(filename:join(Dir, "sorts.jsonl"), [write, binary]),
    lists:foreach(fun(_) -> ok = file:write(G, [group(Terms), $\n]) end, lists:seq(1, ?GROUPS)),
    ok = file:close(G).

gen_terms(0, Acc) -> lists:reverse(Acc);
gen_terms(K, Acc) ->
    T = term(4),
    %% Keep the fixtures small: regenerate terms whose encoding is large.
    Max = case K rem 25 of 0 -> ?MAX_ETF_BIG; _ -> ?MAX_ETF end,
    case byte_size(term_to_binary(T)) =< Max of
        true -> gen_terms(K - 1, [T | Acc]);
        false -> gen_terms(K, Acc)
    end.

%% ------------------------------------------------------------------ records

record(I, T) ->
    Base = [{"t", b64(term_to_binary(T))},
            {"p", fmt("~p", [T])},
            {"w", fmt("~w", [T])},
            {"tp", fmt("~tp", [T])},
            {"h", integer_to_list(erlang:phash2(T))},
            {"h32", integer_to_list(erlang:phash2(T, 1 bsl 32))}],
    Extra = case I rem 10 of
                0 ->
                    D = 1 + (I div 10) rem 12,
                    [{"c", b64(term_to_binary(T, [compressed]))},
                     {"m0", b64(term_to_binary(T, [{minor_version, 0}]))},
                     {"m2", b64(term_to_binary(T, [{minor_version, 2}]))},
                     {"d", integer_to_list(D)},
                     {"P", fmt("~P", [T, D])},
                     {"W", fmt("~W", [T, D])}];
                _ -> []
            end,
    ["{", lists:join(",", [[json_str(K), ":", V] || {K, V} <- Base ++ Extra]), "}"].

b64(B) -> json_str(base64:encode_to_string(B)).

fmt(F, A) -> json_str(unicode:characters_to_list(io_lib:format(F, A))).

json_str(S) ->
    Esc = fun($") -> "\\\"";
             ($\n) -> "\\n";
             ($\\) -> "\\\\";
             (C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
             (C) -> [C]
          end,
    unicode:characters_to_binary([$", [Esc(C) || C <- S], $"]).

%% A group of 2..40 terms, mostly numbers and other small terms so that ties between
%% integers and floats (1 == 1.0) and the order of different types are exercised.
group(Terms) ->
    Len = 1 + rand:uniform(39),
    Idx = [pick(Terms) || _ <- lists:seq(1, Len)],
    Tagged = [{element(I + 1, Terms), I} || I <- Idx],
    Sorted = lists:sort([T || {T, _} <- Tagged]),
    Order = match_order(Sorted, Tagged),
    ["{\"g\":[", ints(Idx), "],\"s\":[", ints(Order), "]}"].

%% Half of the picks come from the first 1000 terms that are numbers.
pick(Terms) ->
    case rand:uniform(2) of
        1 -> rand:uniform(tuple_size(Terms)) - 1;
        2 -> pick_number(Terms, 0)
    end.

pick_number(Terms, 100) -> rand:uniform(tuple_size(Terms)) - 1;
pick_number(Terms, K) ->
    I = rand:uniform(tuple_size(Terms)) - 1,
    case is_number(element(I + 1, Terms)) of
        true -> I;
        false -> pick_number(Terms, K + 1)
    end.

%% The index of each sorted element: the first unused group member exactly equal to it.
match_order([], _) -> [];
match_order([T | Ts], Tagged) ->
    {I, Rest} = take_exact(T, Tagged),
    [I | match_order(Ts, Rest)].

take_exact(T, [{U, I} | Rest]) when T =:= U -> {I, Rest};
take_exact(T, [X | Rest]) ->
    {I, Rest1} = take_exact(T, Rest),
    {I, [X | Rest1]}.

ints(L) -> lists:join(",", [integer_to_list(I) || I <- L]).

%% ------------------------------------------------------------------ terms

%% Hand-picked terms first: the edges of ~p's layout (line width 80, the indentation
%% of tagged tuples, closing brackets that must fit, strings and binaries longer than a
%% line), deep nesting and number edges that random picks rarely hit.
fixed() ->
    Str = fun(N) -> [$a + (I rem 26) || I <- lists:seq(1, N)] end,
    Nest = fun(F, X, K) -> lists:foldl(fun(_, A) -> F(A) end, X, lists:seq(1, K)) end,
    Widths = [{W, Str(W)} || W <- lists:seq(70, 84)],
    %% (each element of the list below is a list of terms)
    lists:append(
      [lists:append([[S, [S], {S}, {tag, S}, [x, S], #{k => S}, list_to_binary(S), [list_to_atom(S)],
                      {tag, list_to_atom(S)}, [{a, S}, b]] || {_, S} <- Widths]),
       [lists:seq(1, N) || N <- [20, 25, 26, 27, 28, 40, 100]],
       [lists:duplicate(N, abc) || N <- [18, 19, 20, 21, 40]],
       [list_to_tuple(lists:seq(1, N)) || N <- [25, 26, 27, 60]],
       [Nest(fun(A) -> [A] end, x, K) || K <- [30, 39, 40, 41, 60, 100]],
       [Nest(fun(A) -> {A} end, x, K) || K <- [30, 40, 41, 60]],
       [Nest(fun(A) -> {t, A, Str(10)} end, x, K) || K <- [5, 8, 12]],
       [Nest(fun(A) -> #{k => A, l => Str(12)} end, x, K) || K <- [3, 6, 10]],
       [Nest(fun(A) -> {a_rather_long_tag_name, A} end, lists:seq(1, 30), K) || K <- [1, 2, 4, 8]],
       [Nest(fun(A) -> [A, Str(20)] end, [], K) || K <- [3, 10, 25]],
       [{T, [Str(30), Str(30), Str(30)]} || T <- [a, ab, abc, abcd, abcde, abcdef, 'λ', 'Abc', '']],
       [{T, Str(75)} || T <- [a, abcd, abcde, a_long_tag]],
       [["line one\nline two\n", Str(70) ++ "\n" ++ Str(20)],
        {"\n\n\n", "\t\t", "a\nb"},
        [lists:duplicate(50, $\n)],
        list_to_binary(lists:duplicate(200, $x)),
        list_to_binary(Str(300) ++ "\n" ++ Str(50)),
        unicode:characters_to_binary(lists:duplicate(100, 955)),
        [unicode:characters_to_binary(lists:duplicate(90, 233))],
        <<(list_to_binary(lists:seq(0, 255)))/binary, 5:3>>,
        [lists:seq(0, 255)],
        [lists:seq(250, 260)],
        lists:seq(16#3b0, 16#3d0),
        [Str(30) | Str(30)],
        [Str(30) | list_to_binary(Str(60))],
        [a, b | {c, d, Str(80)}],
        #{Str(40) => Str(40), {Str(40)} => [Str(40)]},
        #{#{a => Str(50)} => #{b => Str(50)}},
        maps:from_list([{I, Str(I)} || I <- lists:seq(1, 20)]),
        maps:from_list([{I, I} || I <- lists:seq(1, 32)]),
        maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
        maps:from_list([{float(I), I} || I <- lists:seq(1, 40)] ++ [{I, I} || I <- lists:seq(1, 40)]),
        maps:from_list([{<<I>>, [I]} || I <- lists:seq(1, 100)]),
        maps:from_list([{{I, [I]}, <<I>>} || I <- lists:seq(1, 60)]),
        1 bsl 1000, -(1 bsl 2000), [1 bsl 300, -(1 bsl 300)],
        lists:seq(1 bsl 64, (1 bsl 64) + 10),
        [math:pi() * math:pow(10, E) || E <- lists:seq(-25, 25, 5)],
        [1.0e-5, 1.0e-4, 0.001, 1.0e14, 1.0e15, 1.0e16, 123456789.0, 1.0e-7, 1.2e-322],
        [0.1, 0.2, 0.30000000000000004, 100.0, 1.0e2, 2.5, -0.0, 0.0],
        [1, 1.0, -1, -1.0, 0, 0.0, -0.0, 1 bsl 53, float(1 bsl 53), (1 bsl 53) + 1],
        {'', 'A', '_', 'a b', 'a\'b', 'λ', 'é', 'ça', 'Élan', '日本', 'a\nb', '\x{7f}'},
        ['case', 'of', 'end', 'maybe', 'else', 'cond', 'let', 'spec', 'nil', ok],
        [[], {}, #{}, <<>>, "", [[]], {{}}, [<<>>]],
        <<0:1>>, <<1:7>>, <<255, 1:1>>, <<"abc", 1:2>>, <<"λ"/utf8, 0:5>>,
        {[a | b], [[] | []], [a | []], [[a] | b]},
        lists:duplicate(30, {}),
        lists:duplicate(30, []),
        lists:duplicate(10, #{a => 1, b => 2}),
        [{Str(10), I} || I <- lists:seq(1, 12)]]]).

term(D) when D =< 0 -> leaf();
term(D) ->
    case rand:uniform(20) of
        N when N =< 8 -> leaf();
        9 -> list(D);
        10 -> list(D);
        11 -> tuple(D);
        12 -> record_like(D);
        13 -> small_map(D);
        14 -> case rand:uniform(4) of 1 -> big_map(D); _ -> small_map(D) end;
        15 -> deep_list(D);
        16 -> improper(D);
        17 -> wide(D);
        18 -> string();
        19 -> binary();
        20 -> nested(D)
    end.

leaf() ->
    case rand:uniform(7) of
        1 -> int();
        2 -> float();
        3 -> atom();
        4 -> string();
        5 -> binary();
        6 -> oneof([int(), float(), atom()]);
        7 -> oneof([[], {}, #{}, <<>>, "", 0, 0.0])
    end.

oneof(L) -> lists:nth(rand:uniform(length(L)), L).

int() ->
    Sign = oneof([1, -1]),
    case rand:uniform(10) of
        1 -> rand:uniform(21) - 11;
        2 -> Sign * rand:uniform(1000);
        3 -> Sign * ((1 bsl 27) + rand:uniform(7) - 4);
        4 -> Sign * ((1 bsl 59) + rand:uniform(7) - 4);
        5 -> Sign * ((1 bsl 64) + rand:uniform(7) - 4);
        6 -> Sign * ((1 bsl oneof([31, 32, 53, 63])) + rand:uniform(5) - 3);
        7 -> Sign * rand:uniform(1 bsl (60 + rand:uniform(400)));
        8 -> Sign * rand:uniform(1 bsl 32);
        9 -> oneof([255, 256, 65535, 65536, 134217727, 134217728, -134217728, -134217729,
                    576460752303423487, -576460752303423488, 9007199254740991, 9007199254740993]);
        10 -> rand:uniform(5) - 1
    end.

float() ->
    case rand:uniform(8) of
        1 -> oneof([0.0, -0.0, 1.0, -1.0, 1.0e-300, 5.0e-324, -5.0e-324, 1.0e300, 0.1, 0.5,
                    0.1 + 0.2, 1 / 3, 2 / 3, 2.2250738585072014e-308, 2.225073858507201e-308,
                    1.7976931348623157e308, -1.7976931348623157e308, 1.0e15, 1.0e16, 1.0e17,
                    123456789012345680.0, 9007199254740992.0, 9007199254740994.0, 5.0e-5,
                    0.001, 1.0e-4, 1.0e21, 1.0e22, 1.0e23, 100.0, 123.456, 3.14159, 2.718281828459045,
                    4.35, 0.3, 1.0e-10, 9.999999999999999e22, 5.0e-310, 1.5e-323]);
        2 -> float(rand:uniform(11) - 6);
        3 -> oneof([1, -1]) * rand:uniform() * math:pow(10, rand:uniform(601) - 301);
        4 -> bits_float();
        5 -> (rand:uniform(2000000) - 1000000) / oneof([10, 100, 1000, 7, 3, 1024]);
        6 -> oneof([1, -1]) * rand:uniform() * math:pow(10, rand:uniform(41) - 21);
        7 -> float(oneof([1, -1]) * rand:uniform(1 bsl 60));
        8 -> rand:uniform() * 1000
    end.

%% A float from 64 random bits (NaN and infinities skipped).
bits_float() ->
    X = rand:uniform(1 bsl 64) - 1,
    case <<X:64>> of
        <<_:1, 2047:11, _:52>> -> bits_float();
        <<F/float>> -> F
    end.

atom() ->
    case rand:uniform(4) of
        1 -> oneof(['hello world', '', 'A', 'é', 'λ', 'case', 'ok', 'aB_1@x', 'a.b', '_x', 'fun',
                    'end', 'true', 'false', 'undefined', '\n', 'a\'b', 'ça', 'Ω', '日本', 'hello_world',
                    'x@y', 'after', 'andalso', 'not', 'div', 'receive', 'Élan', 'ölçü', 'ß', 'ÿ',
                    'tab\there', 'a\\b', '\e', '$', '1a', 'a1', 'nil', 'αβγ', 'aλ', 'λa', 'ok!',
                    'maybe', 'else', 'catch', 'try', 'when', 'of', 'begin', 'bnot', 'xor', 'orelse']);
        2 -> list_to_atom(random_chars(ascii, rand:uniform(12) - 1));
        3 -> list_to_atom(random_chars(oneof([latin1, unicode, lower]), rand:uniform(8)));
        4 -> list_to_atom(random_chars(lower, rand:uniform(10)))
    end.

random_chars(Kind, N) -> [char(Kind) || _ <- lists:seq(1, N)].

char(lower) -> oneof([$a + rand:uniform(26) - 1, $a + rand:uniform(26) - 1, $_, $@, $0 + rand:uniform(10) - 1]);
char(ascii) -> 31 + rand:uniform(95);
char(latin1) -> oneof([31 + rand:uniform(95), 159 + rand:uniform(96)]);
char(unicode) -> oneof([31 + rand:uniform(95), 159 + rand:uniform(96), 16#3b0 + rand:uniform(40),
                        16#4e00 + rand:uniform(500), 16#1f600 + rand:uniform(50)]);
char(escapes) -> oneof([$\n, $\t, $\e, $\b, $\f, $\v, $\r, $\\, $", $', 8, 127, $a, $ , $z]);
char(control) -> oneof([0, 1, 7, 14, 26, 28, 31, 127, 128, 150, 159, 255, 256]).

string() ->
    case rand:uniform(10) of
        1 -> random_chars(ascii, rand:uniform(30));
        2 -> random_chars(latin1, rand:uniform(30));
        3 -> random_chars(unicode, rand:uniform(20));
        4 -> [char(oneof([ascii, escapes])) || _ <- lists:seq(1, rand:uniform(20))];
        5 -> almost_string();
        6 -> random_chars(ascii, 60 + rand:uniform(100));
        7 -> oneof(["hello", "hello world", "", "a", "\n", "\"quoted\"", "tab\there", "ünïcödé",
                    "λx.x", "日本語", [955], [255], [256], "a\\b", [8, 9, 10, 11, 12, 13, 27]]);
        8 -> lists:duplicate(rand:uniform(5), random_chars(lower, rand:uniform(8)));
        9 -> random_chars(lower, rand:uniform(25));
        10 -> [char(oneof([lower, lower, escapes, unicode])) || _ <- lists:seq(1, rand:uniform(30))]
    end.

%% A printable string with one element that makes it not a string.
almost_string() ->
    S = random_chars(ascii, 1 + rand:uniform(15)),
    P = rand:uniform(length(S)),
    {A, B} = lists:split(P, S),
    Bad = oneof([char(control), -1, 1114112, foo, 1.0, [], "ab", <<"x">>, 16#d800, 16#fffe, 16#10ffff]),
    A ++ [Bad] ++ B.

binary() ->
    case rand:uniform(10) of
        1 -> list_to_binary(random_chars(ascii, rand:uniform(30)));
        2 -> list_to_binary(random_chars(latin1, rand:uniform(30)));
        3 -> unicode:characters_to_binary(random_chars(unicode, rand:uniform(20)));
        4 -> crypto_free_bytes(rand:uniform(40));
        5 -> <<(crypto_free_bytes(rand:uniform(6) - 1))/binary, (rand:uniform(128) - 1):(rand:uniform(7))>>;
        6 -> oneof([<<>>, <<0>>, <<"abc">>, <<1:1>>, <<5:3>>, <<"λ"/utf8>>, <<"é">>, <<"é"/utf8>>,
                    <<"a\nb">>, <<"ab", 200>>, <<"ab", 0>>, <<"tab\t">>, <<255, 255>>, <<"\e[0m">>]);
        7 -> list_to_binary(random_chars(ascii, 80 + rand:uniform(300)));
        8 -> <<(list_to_binary(random_chars(lower, rand:uniform(10))))/binary, (rand:uniform(15)):4>>;
        9 -> unicode:characters_to_binary([char(oneof([lower, escapes])) || _ <- lists:seq(1, rand:uniform(20))]);
        10 -> crypto_free_bytes(60 + rand:uniform(200))
    end.

crypto_free_bytes(N) -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

list(D) -> [term(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)].

tuple(D) -> list_to_tuple([term(D - 1) || _ <- lists:seq(1, rand:uniform(7) - 1)]).

record_like(D) ->
    Tag = oneof([person, state, 'Rec', error, ok, a_rather_long_record_name_here, r, x, node,
                 {not_atom}, 'λ', '']),
    list_to_tuple([Tag | [term(D - 1) || _ <- lists:seq(1, rand:uniform(6))]]).

small_map(D) ->
    maps:from_list([{key(D - 1), term(D - 1)} || _ <- lists:seq(1, rand:uniform(9) - 1)]).

%% More than 32 keys: a HAMT map in OTP, iterated (and so printed and encoded) in the
%% order of its keys' internal hashes. An atom hashes by its index in the VM's atom
%% table, which depends on the VM's history, so keys here hold no atoms other than
%% true and false (the first two atoms in every VM): erlts cannot know the others'.
big_map(D) ->
    maps:from_list([{hash_key(D - 2), leaf()} || _ <- lists:seq(1, 30 + rand:uniform(25))]).

hash_key(D) ->
    K = key(D),
    case has_atom(K) of
        true -> hash_key(D);
        false -> K
    end.

has_atom(A) when is_boolean(A) -> false;
has_atom(A) when is_atom(A) -> true;
has_atom([H | T]) -> has_atom(H) orelse has_atom(T);
has_atom(T) when is_tuple(T) -> has_atom(tuple_to_list(T));
has_atom(M) when is_map(M) -> has_atom(maps:to_list(M));
has_atom(_) -> false.

key(D) ->
    case rand:uniform(9) of
        1 -> atom();
        2 -> int();
        3 -> float();
        4 -> oneof([1, 1.0, 2, 2.0, -0.0, 0.0, 0, a, "a", <<"a">>, [], {}, #{}]);
        5 -> list_to_binary(random_chars(lower, rand:uniform(6)));
        6 -> random_chars(lower, rand:uniform(6));
        7 -> term(min(D, 2));
        8 -> {atom(), int()};
        9 -> rand:uniform(100)
    end.

deep_list(D) ->
    lists:foldl(fun(_, Acc) -> [Acc, leaf()] end, leaf(), lists:seq(1, rand:uniform(D * 3))).

improper(D) ->
    Tail = oneof([leaf(), term(D - 1), a, 1, <<"t">>, {x}, "abc" ++ foo]),
    lists:foldr(fun(E, Acc) -> [E | Acc] end, Tail, [leaf() || _ <- lists:seq(1, rand:uniform(4))]).

%% Wide structures: long lists of small terms, so that ~p packs several per line.
wide(D) ->
    N = 10 + rand:uniform(50),
    case rand:uniform(5) of
        1 -> [int() || _ <- lists:seq(1, N)];
        2 -> [atom() || _ <- lists:seq(1, N)];
        3 -> list_to_tuple([leaf() || _ <- lists:seq(1, N)]);
        4 -> [{atom(), leaf()} || _ <- lists:seq(1, N div 3)];
        5 -> [term(D - 2) || _ <- lists:seq(1, N div 3)]
    end.

%% Deep nesting: ~p breaks these over lines at several indentation levels.
nested(D) ->
    Depth = 3 + rand:uniform(6),
    lists:foldl(fun(_, Acc) ->
                        case rand:uniform(5) of
                            1 -> {oneof([node, n, a_long_tag_name_for_nesting, 'Tag']), leaf(), Acc};
                            2 -> [leaf(), Acc, leaf()];
                            3 -> #{key(1) => Acc, key(1) => leaf()};
                            4 -> {Acc, Acc};
                            5 -> [Acc | term(D - 2)]
                        end
                end, term(D - 2), lists:seq(1, Depth)).
