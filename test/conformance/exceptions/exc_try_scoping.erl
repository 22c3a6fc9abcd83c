#!/usr/bin/env escript
-module(exc_try_scoping).
-export([main/1]).
-mode(compile).
%% Exercises: variables bound in try body are not visible after; results via value

id(X) -> X.
main(_) ->
    R = try
            X = id(5),
            X * 2
        of
            Y when Y > 5 -> {big, Y};
            Y -> {small, Y}
        catch _:_ -> failed
        end,
    io:format("~p~n", [R]).
