#!/usr/bin/env escript
-module(ds_array_from_orddict).
-export([main/1]).
-mode(compile).
%% Exercises: array from_orddict/1,2: gaps become unwritten subtrees, the gap rule at leaf boundaries, errors

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    p(array:from_orddict([])),
    p(array:from_orddict([], d)),
    p(array:from_orddict([{0, a}, {1, b}, {2, c}])),
    p(array:from_orddict([{3, a}, {7, b}])),
    p(array:from_orddict([{0, a}, {20, b}])),
    p(array:from_orddict([{0, a}, {21, b}])),
    p(array:from_orddict([{0, a}, {10, b}, {30, c}])),
    p(array:from_orddict([{5, a}, {250, b}], z)),
    p(array:from_orddict([{1000, only}])),
    p(array:from_orddict([{0, a}, {999, b}, {1000, c}])),
    p(array:from_orddict([{0, a}, {12345, b}])),
    A = array:from_orddict([{2, two}, {57, fiftyseven}, {300, th}]),
    p(array:sparse_to_orddict(A)),
    p(array:size(A)),
    p(e(fun() -> array:from_orddict([{1, a}, {0, b}]) end)),
    p(e(fun() -> array:from_orddict([{0, a}, {0, b}]) end)),
    p(e(fun() -> array:from_orddict([{a, 1}]) end)),
    p(e(fun() -> array:from_orddict([{0, a}, x]) end)),
    p(e(fun() -> array:from_orddict([{0, a} | tail]) end)),
    p(e(fun() -> array:from_orddict([{-1, a}]) end)),
    p(e(fun() -> array:from_orddict([{1.0, a}]) end)),
    p(e(fun() -> array:from_orddict(notalist) end)).
