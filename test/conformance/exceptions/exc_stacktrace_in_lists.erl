#!/usr/bin/env escript
-module(exc_stacktrace_in_lists).
-export([main/1]).
-mode(compile).
%% Exercises: stack frames through lists:map and lists:foldl

id(X) -> X.
bad(X) when X > 2 -> error({too_big, X});
bad(X) -> X.
main(_) ->
    try lists:map(fun bad/1, id([1, 2, 3])) catch error:R:S ->
        io:format("~p~n~p~n", [R, hd(S)]),
        io:format("~p~n", [[{M, F, A} || {M, F, A, _} <- S, M =:= lists]])
    end.
