#!/usr/bin/env escript
-module(ds_array_reset).
-export([main/1]).
-mode(compile).
%% Exercises: array:reset/2: entries back to the default, unwritten entries, past the end, fixed arrays

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = array:from_list([a, b, c, d, e, f, g, h, i, j, k, l]),
    p(array:reset(1, A)),
    p(array:reset(11, A)),
    p(array:reset(50, A) =:= A),
    B = array:set(500, x, array:new({default, 0})),
    p(array:reset(250, B) =:= B),
    p(array:reset(500, B)),
    p(array:size(array:reset(500, B))),
    C = array:from_list([0, 1, 0, 2], 0),
    p(array:reset(0, C) =:= C),
    p(array:reset(1, C)),
    p(e(fun() -> array:reset(4, array:fix(C)) end)),
    p(e(fun() -> array:reset(-1, C) end)),
    p(e(fun() -> array:reset(a, C) end)),
    p(e(fun() -> array:reset(0, not_array) end)),
    D = array:reset(3, array:set(3, y, array:new())),
    p(D),
    p({array:size(D), array:sparse_size(D)}).
