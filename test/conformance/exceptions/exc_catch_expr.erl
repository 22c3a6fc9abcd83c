#!/usr/bin/env escript
-module(exc_catch_expr).
-export([main/1]).
-mode(compile).
%% Exercises: catch expression results for each class

id(X) -> X.
e({'EXIT', {R, [_ | _]}}) -> {'EXIT', R, with_stack};
e(V) -> V.
main(_) ->
    io:format("~p~n", [e(catch throw(id(ball)))]),
    io:format("~p~n", [e(catch exit(id(reason)))]),
    io:format("~p~n", [e(catch error(id(oops)))]),
    io:format("~p~n", [e(catch id(42))]),
    io:format("~p~n", [e(catch element(id(5), {}))]),
    io:format("~p~n", [e(catch throw({'EXIT', fake}))]),
    X = (catch 1 + id(2)),
    io:format("~p~n", [X]).
