#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> nomod:nofun(1, 2).
