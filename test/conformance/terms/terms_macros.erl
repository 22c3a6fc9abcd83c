#!/usr/bin/env escript
-module(terms_macros).
-export([main/1]).
-mode(compile).
%% Exercises: predefined macros ?MODULE ?LINE ?FILE ?MODULE_STRING and user macros

-define(SQ(X), ((X) * (X))).
-define(PAIR(A, B), {A, B}).
-define(NAME, "conf").
-define(STR(X), ??X).
main(_) ->
    io:format("~p~n", [?MODULE]),
    io:format("~p~n", [?MODULE_STRING]),
    io:format("~p~n", [?LINE]),
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [?SQ(1 + 2)]),
    io:format("~p~n", [?PAIR(?NAME, ?SQ(4))]),
    io:format("~p~n", [?STR(1 + foo(bar))]),
    io:format("~p~n", [{?FUNCTION_NAME, ?FUNCTION_ARITY}]).
