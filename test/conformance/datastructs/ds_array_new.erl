#!/usr/bin/env escript
-module(ds_array_new).
-export([main/1]).
-mode(compile).
%% Exercises: array new/0,1,2 with every option form, printed records, size/default/is_fix/is_array

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    p(array:new()),
    p(array:new(10)),
    p(array:new(11)),
    p(array:new(100)),
    p(array:new(101)),
    p(array:new([])),
    p(array:new([{size, 5}])),
    p(array:new([{size, 5}, {fixed, false}])),
    p(array:new([{fixed, false}, {size, 5}])),
    p(array:new(fixed)),
    p(array:new({default, 0})),
    p(array:new([{default, x}, 1000])),
    p(array:new(20, {default, -1})),
    p(array:new(20, [{fixed, false}])),
    p(array:new(0, [])),
    p(array:new([5, 7])),
    p(array:new([{fixed, true}, {default, a}, {default, b}])),
    A = array:new(25, {default, q}),
    p({array:size(A), array:default(A), array:is_fix(A), array:is_array(A)}),
    p({array:is_fix(array:new()), array:is_array(foo), array:is_array({array, a, b, c, d})}),
    p(e(fun() -> array:new(-1) end)),
    p(e(fun() -> array:new([{size, -3}]) end)),
    p(e(fun() -> array:new(foo) end)),
    p(e(fun() -> array:new([{fixed, yes}]) end)),
    p(e(fun() -> array:new(1.5, []) end)),
    p(e(fun() -> array:new([fixed | bad]) end)).
