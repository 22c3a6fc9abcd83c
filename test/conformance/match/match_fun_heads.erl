#!/usr/bin/env escript
-module(match_fun_heads).
-export([main/1]).
-mode(compile).
%% Exercises: pattern matching in fun clauses

main(_) ->
    F = fun({a, X}) -> {got_a, X}; ([H | _]) -> {list, H}; (_) -> other end,
    io:format("~p~n", [[F(X) || X <- [{a, 1}, [q], {b, 2}, []]]]),
    G = fun(X, X) -> same; (_, _) -> diff end,
    io:format("~p~n", [[G(1, 1), G(1, 2), G(a, a)]]).
