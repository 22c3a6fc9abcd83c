#!/usr/bin/env escript
-module(io_format_errors).
-export([main/1]).
-mode(compile).
%% Exercises: io:format with bad arguments raises badarg

id(X) -> X.
main(_) ->
    io:format("~p~n", [try io:format(id("~p~n"), []) catch error:R -> R end]),
    io:format("~p~n", [try io:format(id("~d~n"), [1]) catch error:R2 -> R2 end]),
    io:format("~p~n", [try io:format(id("~s~n"), [1]) catch error:R3 -> R3 end]),
    io:format("~p~n", [try io_lib:format(id("~p"), [a, b]) catch error:R4 -> R4 end]).
