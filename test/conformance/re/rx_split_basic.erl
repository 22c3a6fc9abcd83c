#!/usr/bin/env escript
-module(rx_split_basic).
-export([main/1]).
-mode(compile).
%% Exercises: re:split: pieces between matches, empty strings at both ends and between adjacent matches, return types

main(_) ->
    p(fun() -> re:split("a,b,c", ",") end),
    p(fun() -> re:split("a,b,c", ",", [{return, list}]) end),
    p(fun() -> re:split("a,b,c", ",", [{return, binary}]) end),
    p(fun() -> re:split("a,b,c", ",", [{return, iodata}]) end),
    p(fun() -> re:split(",a,,b,", ",", [{return, list}]) end),
    p(fun() -> re:split("abc", ",", [{return, list}]) end),
    p(fun() -> re:split("", ",", [{return, list}]) end),
    p(fun() -> re:split("", ",") end),
    p(fun() -> re:split(",", ",") end),
    p(fun() -> re:split("a  b\tc", "\\s+", [{return, list}]) end),
    p(fun() -> re:split(<<"k=v;x=y">>, "[=;]") end),
    p(fun() -> re:split(["a,", <<"b">>, ",c"], ",", [{return, list}]) end),
    p(fun() -> re:split("aXbxc", "x", [caseless, {return, list}]) end),
    p(fun() -> re:split("line1\nline2\n", "^", [multiline, {return, list}]) end),
    p(fun() -> re:split("a1b2c3", "\\d", [{return, list}]) end),
    p(fun() -> re:split("a,b,c", ",", [{offset, 2}, {return, list}]) end),
    {ok, MP} = re:compile(";"),
    p(fun() -> re:split("x;y", MP, [{return, list}]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
