#!/usr/bin/env escript
-module(ds_array_fixed).
-export([main/1]).
-mode(compile).
%% Exercises: fixed-size arrays: get/set past the end, fix/1, relax/1, is_fix/1, growth after relax

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    F = array:new(5),
    p(F),
    p(array:is_fix(F)),
    p(array:get(4, array:set(4, x, F))),
    p(e(fun() -> array:get(5, F) end)),
    p(e(fun() -> array:set(5, x, F) end)),
    p(e(fun() -> array:reset(5, F) end)),
    R = array:relax(F),
    p(R),
    p(array:is_fix(R)),
    p(array:get(5, R)),
    R2 = array:set(12, y, R),
    p(R2),
    Fx = array:fix(R2),
    p(Fx),
    p(e(fun() -> array:set(13, z, Fx) end)),
    p(array:get(12, Fx)),
    Grow = array:set(3, a, array:new()),
    p(array:fix(Grow)),
    p(array:relax(array:fix(Grow))),
    p(array:relax(array:new(0))),
    p(array:relax(array:new(150))),
    p(e(fun() -> array:fix(not_array) end)),
    p(e(fun() -> array:relax(not_array) end)),
    p(e(fun() -> array:is_fix(not_array) end)).
