#!/usr/bin/env escript
-module(funs_apply).
-export([main/1]).
-mode(compile).
%% Exercises: apply/2 and apply/3 with funs and module functions

-export([hello/2]).
hello(A, B) -> {hello, A, B}.
id(X) -> X.
main(_) ->
    io:format("~p~n", [apply(fun(A, B) -> A + B end, [1, 2])]),
    io:format("~p~n", [apply(?MODULE, hello, [x, y])]),
    io:format("~p~n", [apply(lists, seq, [1, 5])]),
    io:format("~p~n", [erlang:apply(erlang, element, [2, {a, b}])]),
    M = id(?MODULE), F = id(hello),
    io:format("~p~n", [M:F(1, 2)]),
    io:format("~p~n", [try apply(id(?MODULE), id(nope), []) catch error:R -> R end]),
    io:format("~p~n", [try apply(id(no_such_module_xyz), id(f), [1]) catch error:R2 -> R2 end]).
