#!/usr/bin/env escript
-module(funs_recursion_via_y).
-export([main/1]).
-mode(compile).
%% Exercises: recursion through passing the fun to itself

main(_) ->
    Fact = fun(_Self, 0) -> 1; (Self, N) -> N * Self(Self, N - 1) end,
    io:format("~p~n", [Fact(Fact, 25)]),
    Y = fun(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    Fib = Y(fun(Rec) -> fun(N) when N < 2 -> N; (N) -> Rec(N - 1) + Rec(N - 2) end end),
    io:format("~p~n", [Fib(15)]).
