#!/usr/bin/env escript
-module(str_basic).
-export([main/1]).
-mode(compile).
%% Exercises: string:length, string:reverse-like ops, concat, equal

main(_) ->
    io:format("~p~n", [[string:length("hello"), string:length(<<"héllo"/utf8>>), string:is_empty(""), string:is_empty("a")]]),
    io:format("~p~n", [[string:equal("abc", "abc"), string:equal("abc", <<"abc">>), string:concat("ab", "cd")]]),
    io:format("~p~n", [string:reverse("hello")]).
