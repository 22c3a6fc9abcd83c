#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
foo() -> ok.
