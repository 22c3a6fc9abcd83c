#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> M = id(#{a => 1}), M#{b := 2}.
id(X) -> X.
