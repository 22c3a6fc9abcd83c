#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> X = id(3), atom_to_list(X).
id(X) -> X.
