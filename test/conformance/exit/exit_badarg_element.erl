#!/usr/bin/env escript
-module(exit_badarg_element).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badarg from element/2 with argument explanation

id(X) -> X.
main(_) -> element(id(5), id({a, b})).
