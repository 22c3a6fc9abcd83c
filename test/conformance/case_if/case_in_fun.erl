#!/usr/bin/env escript
-module(case_in_fun).
-export([main/1]).
-mode(compile).
%% Exercises: case inside funs and funs returned from case

id(X) -> X.
main(_) ->
    F = case id(add) of add -> fun(A, B) -> A + B end; mul -> fun(A, B) -> A * B end end,
    io:format("~p~n", [F(3, 4)]),
    G = fun(X) -> case X of [] -> empty; [_ | _] -> nonempty; _ -> not_list end end,
    io:format("~p~n", [lists:map(G, [[], [1], a])]).
