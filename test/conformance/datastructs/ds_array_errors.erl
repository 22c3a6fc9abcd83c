#!/usr/bin/env escript
-module(ds_array_errors).
-export([main/1]).
-mode(compile).
%% Exercises: array errors: bad indices, non-arrays, fixed arrays, bad options

id(X) -> X.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = array:new(),
    F = array:new(3),
    Bad = id(not_array),
    p(e(fun() -> array:get(-1, A) end)),
    p(e(fun() -> array:get(1.0, A) end)),
    p(e(fun() -> array:get(3, F) end)),
    p(e(fun() -> array:get(0, Bad) end)),
    p(e(fun() -> array:set(-1, x, A) end)),
    p(e(fun() -> array:set(a, x, A) end)),
    p(e(fun() -> array:set(3, x, F) end)),
    p(e(fun() -> array:set(0, x, Bad) end)),
    p(e(fun() -> array:size(Bad) end)),
    p(e(fun() -> array:default(Bad) end)),
    p(e(fun() -> array:to_list(Bad) end)),
    p(e(fun() -> array:map(id(nofun), A) end)),
    p(e(fun() -> array:foldl(id(nofun), 0, A) end)),
    p(e(fun() -> array:new(id(-5)) end)),
    p(e(fun() -> array:new(id(3), id(bad_option)) end)),
    p(e(fun() -> array:new([{size, id(a)}]) end)),
    p(e(fun() -> array:from_list(Bad) end)),
    p(e(fun() -> array:from_orddict([{0, a}, {5, b}, {2, c}]) end)),
    p(e(fun() -> array:resize(Bad) end)),
    p(e(fun() -> array:relax(Bad) end)),
    p(array:get(1000000, A)),
    p(array:is_array(Bad)).
