#!/usr/bin/env escript
-module(ds_dict_layout).
-export([main/1]).
-mode(compile).
%% Exercises: dict bucket layout: the record after 80, 81, 100 and 300 stores, and the order of to_list/fetch_keys

p(X) -> io:format("~w~n", [X]).

fill(N) -> lists:foldl(fun(I, D) -> dict:store(I, I * I, D) end, dict:new(), lists:seq(1, N)).

main(_) ->
    D16 = fill(16),
    p(D16),
    p(dict:to_list(D16)),
    D80 = fill(80),
    p(setelement(9, D80, segs)),
    D81 = fill(81),
    p(D81),
    p(dict:fetch_keys(D81)),
    D100 = fill(100),
    p(setelement(9, D100, segs)),
    p(dict:fetch_keys(D100)),
    D300 = fill(300),
    p(setelement(9, setelement(8, D300, empty), segs)),
    p(tuple_size(element(9, D300))),
    p(lists:sublist(dict:to_list(D300), 20)),
    Atoms = dict:from_list([{list_to_atom([C]), C} || C <- lists:seq($a, $z)]),
    p(Atoms),
    p(dict:fetch_keys(Atoms)).
