#!/usr/bin/env escript
-module(exc_stacktrace_depth).
-export([main/1]).
-mode(compile).
%% Exercises: stack trace of a recursive failure contains the frames

id(X) -> X.
down(0) -> error(bottom);
down(N) -> 1 + down(N - 1).
main(_) ->
    try down(id(3)) catch error:R:S ->
        io:format("~p~n", [R]),
        [io:format("~p~n", [E]) || {M, _, _, _} = E <- S, M =:= ?MODULE]
    end.
