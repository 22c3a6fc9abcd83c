#!/usr/bin/env escript
-module(terms_external_funs).
-export([main/1]).
-mode(compile).
%% Exercises: printing of fun M:F/A values

main(_) ->
    F = fun lists:reverse/1,
    G = fun erlang:length/1,
    io:format("~p ~w~n", [F, F]),
    io:format("~p~n", [{G, [fun io:format/2]}]),
    io:format("~p~n", [F([1, 2, 3])]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    io:format("~p~n", [erlang:fun_info(F, module)]),
    io:format("~p~n", [erlang:fun_info(F, name)]),
    io:format("~p~n", [erlang:fun_info(F, type)]).
