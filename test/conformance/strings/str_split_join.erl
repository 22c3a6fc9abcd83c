#!/usr/bin/env escript
-module(str_split_join).
-export([main/1]).
-mode(compile).
%% Exercises: string:split, lexemes, tokens, join

main(_) ->
    io:format("~p~n", [string:split("a,b,c", ",")]),
    io:format("~p~n", [string:split("a,b,c", ",", all)]),
    io:format("~p~n", [string:split("a,b,c", ",", trailing)]),
    io:format("~p~n", [string:lexemes("  a  b   c ", " ")]),
    io:format("~p~n", [string:tokens("a;b;;c", ";")]),
    io:format("~p~n", [string:join(["x", "y", "z"], "--")]),
    io:format("~p~n", [string:split(<<"k=v=w">>, "=")]).
