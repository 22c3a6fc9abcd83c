#!/usr/bin/env escript
-module(exit_badarg_bif).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badarg from a BIF shows the error_info-formatted report

id(X) -> X.
main(_) -> atom_to_list(id(123)).
