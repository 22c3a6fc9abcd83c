#!/usr/bin/env escript
-module(exc_stacktrace_named).
-export([main/1]).
-mode(compile).
%% Exercises: stack trace entries from named functions with args and lines

id(X) -> X.
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) -> element(X, id({})).
own(S) -> [E || {M, _, _, _} = E <- S, M =/= escript, M =/= init].
main(_) ->
    try a(id(1)) catch error:R:S -> io:format("~p~n~p~n", [R, own(S)]) end.
