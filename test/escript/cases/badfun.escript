#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> F = id(3), F(1).
id(X) -> X.
