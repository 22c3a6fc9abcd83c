#!/usr/bin/env escript
-module(exit_badkey).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badkey from map update

id(X) -> X.
main(_) -> M = id(#{a => 1}), io:format("~p~n", [M#{b := 2}]).
