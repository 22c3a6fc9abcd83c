#!/usr/bin/env escript
-module(exc_stacktrace_bif).
-export([main/1]).
-mode(compile).
%% Exercises: stack entries of failing BIFs show module erlang and args

id(X) -> X.
f(X) -> atom_to_list(X).
g(X) -> list_to_integer(X).
h(X) -> element(1, X).
main(_) ->
    try f(id(1)) catch error:R:S -> io:format("~p ~p~n", [R, lists:sublist(S, 2)]) end,
    try g(id("z")) catch error:R2:S2 -> io:format("~p ~p~n", [R2, lists:sublist(S2, 2)]) end,
    try h(id(t)) catch error:R3:S3 -> io:format("~p ~p~n", [R3, lists:sublist(S3, 2)]) end.
