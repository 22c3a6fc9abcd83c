#!/usr/bin/env escript
-module(rx_split_groups).
-export([main/1]).
-mode(compile).
%% Exercises: re:split with capturing groups: group texts inserted after each piece, unset groups, group option

main(_) ->
    L = {return, list},
    p(fun() -> re:split("a1b2c", "(\\d)", [L]) end),
    p(fun() -> re:split("a1b2c", "(\\d)", [group, L]) end),
    p(fun() -> re:split("a1-b2-c", "(\\d)(-)", [L]) end),
    p(fun() -> re:split("a1b-c", "(\\d)|(-)", [L]) end),
    p(fun() -> re:split("a1b-c", "(\\d)|(-)", [group, L]) end),
    p(fun() -> re:split("a1b-c", "(x)?(\\d|-)", [L]) end),
    p(fun() -> re:split("a1b", "(x)|(\\d)", []) end),
    p(fun() -> re:split("a1b", "(\\d)|(x)", []) end),
    p(fun() -> re:split("1a1", "(\\d)", [L]) end),
    p(fun() -> re:split("1a1", "(\\d)", [trim, L]) end),
    p(fun() -> re:split("abc", "(?<n>b)", [L]) end),
    p(fun() -> re:split("abc", "(b)", [{parts, 1}, L]) end),
    p(fun() -> re:split("a b", "()\\s", [L]) end),
    p(fun() -> re:split("ab", "()", [L]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
