#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> throw({my, term}).
