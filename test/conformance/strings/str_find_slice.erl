#!/usr/bin/env escript
-module(str_find_slice).
-export([main/1]).
-mode(compile).
%% Exercises: string:find, slice, prefix, str, rstr, substr

main(_) ->
    io:format("~p~n", [[string:find("hello world", "o"), string:find("hello world", "o", trailing), string:find("abc", "z")]]),
    io:format("~p~n", [[string:slice("hello", 1, 3), string:slice("hello", 2), string:prefix("foobar", "foo"), string:prefix("foobar", "bar")]]),
    io:format("~p~n", [[string:str("hello", "ll"), string:rstr("hello hello", "ll"), string:substr("hello", 2, 3), string:chr("hello", $l)]]).
