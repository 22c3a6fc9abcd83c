#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> X = id(a), X + 1.
id(X) -> X.
