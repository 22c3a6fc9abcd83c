#!/usr/bin/env escript
-module(ds_array_resize).
-export([main/1]).
-mode(compile).
%% Exercises: array resize/2 (grow, shrink, fixed arrays), resize/1 and sparse_size/1; old entries kept when shrinking

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = array:from_list(lists:seq(1, 15)),
    p(array:resize(5, A)),
    p(array:to_list(array:resize(5, A))),
    p(array:resize(20, A)),
    p(array:resize(150, A)),
    p(array:resize(15, A) =:= A),
    Back = array:resize(15, array:resize(3, A)),
    p(array:to_list(Back)),
    F = array:new(8),
    p(array:resize(30, F)),
    p(array:resize(2, F)),
    p(array:resize(0, A)),
    S = array:set(40, x, array:set(3, y, array:new())),
    p({array:size(S), array:sparse_size(S)}),
    S2 = array:reset(40, S),
    p({array:size(S2), array:sparse_size(S2)}),
    p(array:resize(S2)),
    p(array:sparse_size(array:new(100))),
    p(array:resize(array:new(100))),
    p(e(fun() -> array:resize(-1, A) end)),
    p(e(fun() -> array:resize(a, A) end)),
    p(e(fun() -> array:resize(3, not_array) end)),
    p(e(fun() -> array:sparse_size(not_array) end)).
