#!/usr/bin/env escript
-module(str_case).
-export([main/1]).
-mode(compile).
%% Exercises: string:uppercase, lowercase, titlecase, casefold

main(_) ->
    io:format("~p~n", [[string:uppercase("hello World"), string:lowercase("HeLLo"), string:titlecase("erlang"), string:casefold("ABC")]]),
    io:format("~p~n", [string:uppercase(<<"binary">>)]),
    io:format("~tp~n", [string:uppercase("straße")]).
