#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> X = id(a), io:format("~p~n", [X + 1]).
id(X) -> X.
