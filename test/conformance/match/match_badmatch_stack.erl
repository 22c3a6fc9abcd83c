#!/usr/bin/env escript
-module(match_badmatch_stack).
-export([main/1]).
-mode(compile).
%% Exercises: badmatch stack entry of a named function

id(X) -> X.
f(X) ->
    {ok, Y} = X,
    Y.
main(_) ->
    try f(id(error)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try f(id({ok})) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end.
