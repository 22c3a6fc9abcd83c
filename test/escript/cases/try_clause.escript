#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> try id(3) of 1 -> ok after ok end.
id(X) -> X.
