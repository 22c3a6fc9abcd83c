#!/usr/bin/env escript
-module(exc_raise).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:raise/3 re-raises with a given class and stacktrace

id(X) -> X.
f() -> error(original).
main(_) ->
    try
        try f() catch error:R:S -> erlang:raise(throw, {rethrown, R}, S) end
    catch C:R2:S2 -> io:format("~p ~p ~p~n", [C, R2, hd(S2)])
    end,
    try erlang:raise(exit, id(why), []) catch C3:R3:S3 -> io:format("~p ~p ~p~n", [C3, R3, S3]) end,
    io:format("~p~n", [try erlang:raise(id(bad_class), x, []) catch error:R4 -> R4 end]),
    io:format("~p~n", [erlang:raise(id(error), x, id(not_a_stack))]).
