#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> M = id(#{a => 1}), maps:get(b, M).
id(X) -> X.
