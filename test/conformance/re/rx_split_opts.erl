#!/usr/bin/env escript
-module(rx_split_opts).
-export([main/1]).
-mode(compile).
%% Exercises: re:split options: trim, {parts,N} with N = 0, 1, 2 and infinity, group, and their combinations

main(_) ->
    S = "a,b,,c,,",
    lists:foreach(fun(O) -> p(fun() -> re:split(S, ",", [{return, list} | O]) end) end,
                  [[], [trim], [{parts, 0}], [{parts, 1}], [{parts, 2}], [{parts, 3}],
                   [{parts, 10}], [{parts, infinity}], [trim, {parts, 2}], [{parts, 2}, trim],
                   [{parts, infinity}, trim], [trim, {parts, infinity}], [group],
                   [group, trim], [group, {parts, 2}]]),
    p(fun() -> re:split(",,,", ",", [trim]) end),
    p(fun() -> re:split(",,,", ",", [trim, group]) end),
    p(fun() -> re:split("abc", "", [trim, {return, list}]) end),
    p(fun() -> re:split("a1b2", "(\\d)", [group, trim, {return, list}]) end),
    p(fun() -> re:split(S, ",", [{parts, -1}]) end),
    p(fun() -> re:split(S, ",", [{parts, x}]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
