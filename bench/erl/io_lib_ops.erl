%% io_lib:format/2 on many mixed terms: each term formatted with "~p" and with "~w".
%% The runner builds the terms once with terms/1 (untimed), times format/1 on them, and
%% reduces the texts to a small term with checksum/1 (untimed): the number of texts,
%% their total length in characters and a hash of the flattened texts (io_lib:format
%% returns a deep list whose shape is not specified, so only the characters count).
%% run(N) does it all.
-module(io_lib_ops).
-export([run/1, terms/1, format/1, checksum/1]).

run(N) -> checksum(format(terms(N))).

format(Terms) -> format(Terms, []).

format([], Acc) -> Acc;
format([T | Ts], Acc) ->
    format(Ts, [io_lib:format("~w", [T]), io_lib:format("~p", [T]) | Acc]).

checksum(Texts) ->
    lists:foldl(fun(Text, {N, Len, H}) ->
                        Flat = lists:flatten(Text),
                        {N + 1, Len + length(Flat), (H * 31 + erlang:phash2(Flat)) rem 1000000007}
                end, {0, 0, 0}, Texts).

%% N terms from a MINSTD sequence: every kind of term, most of them small, one in 20
%% a structure that ~p must break over several lines.
terms(N) -> terms(N, 42, []).

terms(0, _X, Acc) -> Acc;
terms(N, X, Acc) ->
    {T, X1} = term(X, 1),
    terms(N - 1, X1, [T | Acc]).

next(X) -> X * 48271 rem 2147483647.

term(X0, D) ->
    X = next(X0),
    case X rem 20 of
        K when K < 12; D =:= 0 -> {leaf(X, X rem 12), X};
        K when K < 14 -> list(X, D, 1 + X rem 6);
        14 -> tuple(X, D, X rem 5);
        K when K < 17 -> record(X, D);
        17 -> map(X, D, 1 + X rem 5);
        18 -> big(X, D);
        19 -> {[X rem 10, X rem 1000, X], X}
    end.

leaf(X, K) when K < 3 -> X rem 100000 - 50000;
leaf(X, 3) -> X * 1000000007;
leaf(X, 4) -> (X rem 100000) / 7;
leaf(X, 5) -> element(X rem 6 + 1, {ok, error, undefined, 'hello world', 'Quoted', node_1});
leaf(X, 6) -> string(X, 5 + X rem 30);
leaf(X, 7) -> list_to_binary(string(X, 3 + X rem 40));
leaf(X, 8) -> <<(X rem 256), (X rem 251), 0, 255, (X rem 7):3>>;
leaf(X, 9) -> [$λ, $x | string(X, X rem 10)];
leaf(X, 10) -> -(X rem 1000) * 1.0e-3;
leaf(X, 11) -> {element(X rem 3 + 1, {x, y, z}), X rem 100}.

string(X, Len) -> [$a + (X div (I * 7 + 1)) rem 26 || I <- lists:seq(1, Len)].

list(X, D, Len) ->
    {Items, X1} = items(X, D - 1, Len, []),
    {Items, X1}.

tuple(X, D, Len) ->
    {Items, X1} = items(X, D - 1, Len, []),
    {list_to_tuple(Items), X1}.

record(X, D) ->
    {Items, X1} = items(X, D - 1, 2 + X rem 4, []),
    {list_to_tuple([element(X rem 3 + 1, {person, state, request}) | Items]), X1}.

map(X, D, Len) ->
    {Vals, X1} = items(X, D - 1, Len, []),
    Keys = [element(I, {name, age, id, tags, data, 1, 2.5}) || I <- lists:seq(1, Len)],
    {maps:from_list(lists:zip(Keys, Vals)), X1}.

%% A structure about two to four lines wide.
big(X, D) ->
    {Items, X1} = items(X, D - 1, 8 + X rem 8, []),
    {{entry, X rem 1000, Items, #{status => active, count => X rem 77}}, X1}.

items(X, _D, 0, Acc) -> {Acc, X};
items(X, D, K, Acc) ->
    {T, X1} = term(X, D),
    items(X1, D, K - 1, [T | Acc]).
