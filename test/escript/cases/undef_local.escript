#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> ?MODULE:nofun().
