#!/usr/bin/env escript
%% -*- erlang -*-
-module(badarity).
-export([main/1]).
-mode(compile).
main(_) -> F = fun(X) -> X end, (id(F))(1, 2).
id(X) -> X.
