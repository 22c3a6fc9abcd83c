#!/usr/bin/env escript
-module(if_basic).
-export([main/1]).
-mode(compile).
%% Exercises: if expressions with true fallback

id(X) -> X.
sign(X) -> if X > 0 -> pos; X < 0 -> neg; true -> zero end.
main(_) -> io:format("~p~n", [[sign(id(X)) || X <- [5, -3, 0, 0.0, -0.0, 1 bsl 70]]]).
