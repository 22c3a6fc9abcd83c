#!/usr/bin/env escript
-module(ds_array_from_list).
-export([main/1]).
-mode(compile).
%% Exercises: array from_list/1,2: tree shapes for sizes around 10, 100, 1000, defaults, bad lists

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    [p(array:from_list(lists:seq(1, N))) || N <- [0, 1, 9, 10, 11, 20, 21, 99, 100, 101]],
    p(array:from_list([], 0)),
    p(array:from_list([a, b, c], z)),
    Big = array:from_list(lists:seq(1, 1001)),
    p(setelement(5, Big, elements)),
    p(tuple_size(element(5, Big))),
    p(element(11, element(5, Big))),
    p(element(2, element(5, Big))),
    p({array:get(1000, Big), array:get(1001, Big), array:size(Big)}),
    p(array:set(1001, new, Big) =/= Big),
    p(e(fun() -> array:from_list(notalist) end)),
    p(e(fun() -> array:from_list([1, 2 | tail]) end)),
    p(e(fun() -> array:from_list(lists:seq(1, 10) ++ tail) end)),
    p(e(fun() -> array:from_list(x, 0) end)).
