#!/usr/bin/env escript
-module(exit_badarith).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badarith ends the script: exit code and stderr report

id(X) -> X.
main(_) ->
    io:format("before~n"),
    io:format("~p~n", [id(1) + id(a)]).
