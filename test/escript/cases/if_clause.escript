#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> X = id(3), if X > 5 -> ok end.
id(X) -> X.
