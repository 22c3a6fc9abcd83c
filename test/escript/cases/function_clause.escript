#!/usr/bin/env escript
%% -*- erlang -*-
-module(function_clause).
-export([main/1]).
-mode(compile).
main(_) -> f(id(3), "abc").
id(X) -> X.
f(1, _) -> ok.
