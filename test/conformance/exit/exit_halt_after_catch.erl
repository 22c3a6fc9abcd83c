#!/usr/bin/env escript
-module(exit_halt_after_catch).
-export([main/1]).
-mode(compile).
%% Exercises: catching an error, printing, then halting with a code

id(X) -> X.
main(_) ->
    try id(1) div id(0)
    catch error:R -> io:format("caught ~p~n", [R]), halt(2)
    end.
