#!/usr/bin/env escript
-module(exc_exception_in_after).
-export([main/1]).
-mode(compile).
%% Exercises: an exception in after replaces the original

id(X) -> X.
main(_) ->
    R = try
            try throw(id(first)) after throw(id(second)) end
        catch throw:T -> T
        end,
    io:format("~p~n", [R]),
    R2 = try
             try id(value) after error(id(after_err)) end
         catch error:E -> E
         end,
    io:format("~p~n", [R2]).
