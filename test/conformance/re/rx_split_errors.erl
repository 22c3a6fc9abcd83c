#!/usr/bin/env escript
-module(rx_split_errors).
-export([main/1]).
-mode(compile).
%% Exercises: re:split argument errors: global, capture and report_errors refused, bad patterns, bad parts and return

main(_) ->
    p(fun() -> re:split("a b", " ", [global]) end),
    p(fun() -> re:split("a b", " ", [{capture, all}]) end),
    p(fun() -> re:split("a b", " ", [{capture, all, list}]) end),
    p(fun() -> re:split("a b", " ", [report_errors]) end),
    p(fun() -> re:split("a b", " ", [{return, foo}]) end),
    p(fun() -> re:split("a b", " ", [{parts, -2}]) end),
    p(fun() -> re:split("a b", " ", [bogus]) end),
    p(fun() -> re:split("a b", " ", notalist) end),
    p(fun() -> re:split("a b", "(") end),
    p(fun() -> re:split(a, " ") end),
    p(fun() -> re:split("a b", b) end),
    p(fun() -> re:split("a b", " ", [notempty, {return, list}]) end),
    p(fun() -> re:split("a b", " ", [anchored, {return, list}]) end),
    p(fun() -> re:split(" a b", " ", [anchored, {return, list}]) end),
    {ok, MP} = re:compile(" "),
    p(fun() -> re:split("a b", MP, [caseless]) end),
    p(fun() -> re:split("a b", MP, [{return, list}, notbol]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
