#!/usr/bin/env escript
-module(funs_error_in_fun_stack).
-export([main/1]).
-mode(compile).
%% Exercises: error raised inside a fun called from lists:map

id(X) -> X.
check(X) when X > 0 -> X;
check(X) -> error({negative, X}).
main(_) ->
    try lists:map(fun check/1, id([1, 2, -3])) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
