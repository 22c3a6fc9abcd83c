#!/usr/bin/env escript
-module(exc_nested).
-export([main/1]).
-mode(compile).
%% Exercises: nested try blocks, inner rethrow, outer catch

id(X) -> X.
main(_) ->
    R = try
            try throw(id(a))
            catch throw:a -> throw(b)
            after io:format("inner after~n")
            end
        catch throw:b -> {outer_caught, b}
        after io:format("outer after~n")
        end,
    io:format("~p~n", [R]),
    R2 = try try error(x) catch throw:_ -> wrong end catch error:x -> right end,
    io:format("~p~n", [R2]).
