#!/usr/bin/env escript
-module(ds_array_set_get).
-export([main/1]).
-mode(compile).
%% Exercises: array set/3 and get/2: growth of the tree, expansion of unwritten subtrees, printed records

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A0 = array:new(),
    A1 = array:set(0, a, A0),
    p(A1),
    A2 = array:set(9, j, A1),
    p(A2),
    A3 = array:set(10, k, A2),
    p(A3),
    A4 = array:set(123, x, A3),
    p(A4),
    A5 = array:set(5000, y, A4),
    p(A5),
    p([array:get(I, A5) || I <- [0, 1, 9, 10, 11, 123, 124, 4999, 5000, 5001, 99999]]),
    p(array:size(A5)),
    B = array:set(55, v, array:new(60)),
    p(B),
    p(array:get(55, B)),
    C = array:set(3, z, array:new({default, 0})),
    p(C),
    p([array:get(I, C) || I <- [0, 3, 4, 100]]),
    D = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 34)),
    p(D),
    p(array:set(0, first, D)),
    E = array:set(7, seven, array:new(1000)),
    p(E).
