#!/usr/bin/env escript
-module(math_errors).
-export([main/1]).
-mode(compile).
%% Exercises: badarg and badarith from math functions with bad input

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[t(fun() -> math:sqrt(id(a)) end), t(fun() -> math:pow(id(10), 400) end), t(fun() -> math:exp(id(1000)) end),
                        t(fun() -> math:log(id(-1)) end), t(fun() -> math:sqrt(id(1 bsl 2000)) end)]]).
