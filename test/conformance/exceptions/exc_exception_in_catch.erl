#!/usr/bin/env escript
-module(exc_exception_in_catch).
-export([main/1]).
-mode(compile).
%% Exercises: exception raised in a catch clause body propagates

id(X) -> X.
main(_) ->
    R = try
            try throw(id(a)) catch throw:a -> error(from_handler) end
        catch error:E -> {outer, E}
        end,
    io:format("~p~n", [R]).
