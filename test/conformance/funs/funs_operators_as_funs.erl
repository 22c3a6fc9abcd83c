#!/usr/bin/env escript
-module(funs_operators_as_funs).
-export([main/1]).
-mode(compile).
%% Exercises: fun erlang:'+'/2 and friends

id(X) -> X.
main(_) ->
    io:format("~p~n", [lists:foldl(fun erlang:'+'/2, 0, [1, 2, 3])]),
    io:format("~p~n", [lists:zipwith(fun erlang:'*'/2, [1, 2, 3], [4, 5, 6])]),
    io:format("~p~n", [lists:map(fun erlang:'not'/1, [true, false])]),
    io:format("~p~n", [(fun erlang:'=:='/2)(1, 1.0)]),
    io:format("~p~n", [(fun erlang:'++'/2)([a], [b])]),
    io:format("~p~n", [try (fun erlang:'div'/2)(id(1), id(2.0)) catch C:R -> {C, R} end]).
