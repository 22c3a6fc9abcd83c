#!/usr/bin/env escript
-module(exit_throw).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught throw

id(X) -> X.
main(_) -> io:format("about to throw~n"), throw(id({my, ball})).
