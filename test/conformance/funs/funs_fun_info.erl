#!/usr/bin/env escript
-module(funs_fun_info).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:fun_info for local and external funs (stable keys only)

id(X) -> X.
main(_) ->
    Y = id(3),
    F = fun(A, B) -> A + B + Y end,
    io:format("~p~n", [[erlang:fun_info(F, K) || K <- [arity, module, type]]]),
    G = fun lists:map/2,
    io:format("~p~n", [[erlang:fun_info(G, K) || K <- [arity, module, name, type, env]]]),
    io:format("~p~n", [{is_function(F, 2), is_function(F, 3), is_function(G, 2)}]).
