#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> exit(goodbye).
