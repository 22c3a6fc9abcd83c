#!/usr/bin/env escript
%% -*- erlang -*-
-module(error2).
-export([main/1]).
-mode(compile).
main(_) -> f(1, 2).
f(A, B) -> erlang:error(oops, [A, B]).
