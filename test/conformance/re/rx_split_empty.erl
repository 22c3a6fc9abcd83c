#!/usr/bin/env escript
-module(rx_split_empty).
-export([main/1]).
-mode(compile).
%% Exercises: re:split with patterns that match empty strings: splitting into characters, lookarounds, empty subject

main(_) ->
    L = {return, list},
    p(fun() -> re:split("abc", "", [L]) end),
    p(fun() -> re:split("abc", "") end),
    p(fun() -> re:split("abc", "x*", [L]) end),
    p(fun() -> re:split("abc", "b*", [L]) end),
    p(fun() -> re:split("abbc", "b*", [L]) end),
    p(fun() -> re:split("abc", "(?=b)", [L]) end),
    p(fun() -> re:split("abc", "(?<=b)", [L]) end),
    p(fun() -> re:split("CamelCaseWord", "(?=[A-Z])", [L]) end),
    p(fun() -> re:split("", "", [L]) end),
    p(fun() -> re:split("", "", []) end),
    p(fun() -> re:split("", "", [group]) end),
    p(fun() -> re:split("", "x", [group]) end),
    p(fun() -> re:split("héllo", "", [unicode, L]) end),
    p(fun() -> re:split(<<"héllo"/utf8>>, "", [unicode]) end),
    p(fun() -> re:split(<<"héllo"/utf8>>, "l", [unicode, L]) end),
    p(fun() -> re:split("a\r\nb", "", [{newline, crlf}, L]) end),
    p(fun() -> re:split("ab", "\\b", [L]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
