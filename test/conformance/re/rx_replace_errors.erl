#!/usr/bin/env escript
-module(rx_replace_errors).
-export([main/1]).
-mode(compile).
%% Exercises: re:replace argument errors: report_errors, capture options, bad return types, bad patterns, bad data

main(_) ->
    p(fun() -> re:replace("abc", "b", "x", [report_errors]) end),
    p(fun() -> re:replace("abc", "b", "x", [{capture, all}]) end),
    p(fun() -> re:replace("abc", "b", "x", [{capture, all, list}]) end),
    p(fun() -> re:replace("abc", "b", "x", [{return, foo}]) end),
    p(fun() -> re:replace("abc", "b", "x", [bogus]) end),
    p(fun() -> re:replace("abc", "b", "x", notalist) end),
    p(fun() -> re:replace("abc", "(", "x") end),
    p(fun() -> re:replace("abc", "(", "x", [{return, list}]) end),
    p(fun() -> re:replace(abc, "b", "x") end),
    p(fun() -> re:replace("abc", b, "x") end),
    p(fun() -> re:replace("abc", "b", x) end),
    p(fun() -> re:replace("abc", "b", "\\gx") end),
    {ok, MP} = re:compile("b"),
    p(fun() -> re:replace("abc", MP, "x", [caseless]) end),
    p(fun() -> re:replace("abc", MP, "x", [{return, list}, notbol]) end),
    p(fun() -> re:replace("abc", "b", "x", [{return, list}, {return, binary}]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
