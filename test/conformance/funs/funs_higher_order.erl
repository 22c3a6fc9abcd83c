#!/usr/bin/env escript
-module(funs_higher_order).
-export([main/1]).
-mode(compile).
%% Exercises: functions taking and returning functions

compose(F, G) -> fun(X) -> F(G(X)) end.
twice(F) -> compose(F, F).
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
main(_) ->
    Inc = fun(X) -> X + 1 end, Dbl = fun(X) -> X * 2 end,
    io:format("~p~n", [(compose(Inc, Dbl))(5)]),
    io:format("~p~n", [(compose(Dbl, Inc))(5)]),
    io:format("~p~n", [(twice(twice(Dbl)))(1)]),
    io:format("~p~n", [((curry(fun erlang:'-'/2))(10))(3)]),
    io:format("~p~n", [(lists:foldl(fun compose/2, fun(X) -> X end, [Inc, Dbl, Inc]))(0)]).
