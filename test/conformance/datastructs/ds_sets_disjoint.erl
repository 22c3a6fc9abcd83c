#!/usr/bin/env escript
-module(ds_sets_disjoint).
-export([main/1]).
-mode(compile).
%% Exercises: sets:is_disjoint/2 for both versions and mixed, with empty sets and == but not =:= elements

p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = sets:from_list([1, 2, 3]),
    B = sets:from_list([4, 5]),
    C = sets:from_list([3, 4]),
    p([sets:is_disjoint(A, B), sets:is_disjoint(A, C), sets:is_disjoint(C, B), sets:is_disjoint(A, sets:new())]),
    p(sets:is_disjoint(sets:from_list([1.0]), A)),
    Big = sets:from_list(lists:seq(1, 200, 2)),
    p([sets:is_disjoint(Big, sets:from_list(L)) || L <- [[2, 4, 6], [2, 199], [], [201]]]),
    V2a = sets:from_list([a, b], [{version, 2}]),
    V2b = sets:from_list([c], [{version, 2}]),
    p([sets:is_disjoint(V2a, V2b), sets:is_disjoint(V2a, sets:add_element(b, V2b)), sets:is_disjoint(V2b, V2a)]),
    p(sets:is_disjoint(V2a, sets:from_list([b]))),
    p(sets:is_disjoint(sets:from_list([z]), V2a)).
