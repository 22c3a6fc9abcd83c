#!/usr/bin/env escript
-module(guard_semicolon_exception).
-export([main/1]).
-mode(compile).
%% Exercises: an exception in one ; alternative only fails that alternative

id(X) -> X.
f(X) when hd(X) =:= 1; X =:= a -> yes;
f(_) -> no.
g(X) when hd(X) =:= 1 orelse X =:= a -> yes;
g(_) -> no.
main(_) ->
    io:format("~p~n", [[f(id(X)) || X <- [[1], a, b, [2]]]]),
    io:format("~p~n", [[g(id(X)) || X <- [[1], a, b, [2]]]]).
