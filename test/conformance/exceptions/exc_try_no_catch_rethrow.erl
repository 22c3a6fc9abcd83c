#!/usr/bin/env escript
-module(exc_try_no_catch_rethrow).
-export([main/1]).
-mode(compile).
%% Exercises: try with only after, exception continues

id(X) -> X.
main(_) ->
    R = try
            try throw(id(v)) after io:format("after 1~n") end
        catch throw:T -> {got, T}
        end,
    io:format("~p~n", [R]).
