#!/usr/bin/env escript
-module(funs_closures).
-export([main/1]).
-mode(compile).
%% Exercises: closures capture variables by value

id(X) -> X.
adder(N) -> fun(X) -> X + N end.
main(_) ->
    A = adder(id(10)), B = adder(id(-1)),
    io:format("~p~n", [[A(1), B(1), A(B(5))]]),
    X = id(5),
    Fs = [fun() -> X * I end || I <- lists:seq(1, 4)],
    io:format("~p~n", [[F() || F <- Fs]]).
