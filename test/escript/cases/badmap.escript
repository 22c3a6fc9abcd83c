#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> M = id(foo), M#{b => 2}.
id(X) -> X.
