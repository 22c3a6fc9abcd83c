#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> element(5, id({a, b})).
id(X) -> X.
