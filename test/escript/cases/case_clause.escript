#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> case id(7) of 1 -> ok end.
id(X) -> X.
