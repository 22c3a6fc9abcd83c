#!/usr/bin/env escript
-module(funs_return_multiple).
-export([main/1]).
-mode(compile).
%% Exercises: funs returning tuples and funs used as data in maps

main(_) ->
    Ops = #{add => fun(A, B) -> A + B end, sub => fun(A, B) -> A - B end, mul => fun erlang:'*'/2},
    io:format("~p~n", [[{K, (maps:get(K, Ops))(7, 3)} || K <- [add, sub, mul]]]),
    Split = fun(L) -> lists:partition(fun(X) -> X > 2 end, L) end,
    io:format("~p~n", [Split([1, 2, 3, 4])]).
