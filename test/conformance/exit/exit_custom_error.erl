#!/usr/bin/env escript
-module(exit_custom_error).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught error/1 with a structured reason

id(X) -> X.
main(_) -> error({custom, id([1, 2, 3]), <<"bin">>}).
