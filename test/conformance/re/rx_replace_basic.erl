#!/usr/bin/env escript
-module(rx_replace_basic).
-export([main/1]).
-mode(compile).
%% Exercises: re:replace: & and \N and \g{N} and \gN substitutions, escaped \ and &, return list and binary

main(_) ->
    L = [{return, list}],
    p(fun() -> re:replace("hello world", "o", "0", L) end),
    p(fun() -> re:replace("hello world", "o", "0", [global | L]) end),
    p(fun() -> re:replace("hello", "l+", "[&]", L) end),
    p(fun() -> re:replace("hello", "l", "&&", [global | L]) end),
    p(fun() -> re:replace("john smith", "(\\w+) (\\w+)", "\\2, \\1", L) end),
    p(fun() -> re:replace("john smith", "(\\w+) (\\w+)", "\\g2 \\g{1}", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\g{1}0", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\10", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\0", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\&\\\\", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\n\\t", L) end),
    p(fun() -> re:replace("abc", "(b)", "\\", L) end),
    p(fun() -> re:replace("abc", "(b)", "x\\", L) end),
    p(fun() -> re:replace("abc", "(b)(x)?", "[\\2]", L) end),
    p(fun() -> re:replace("abc", "(b)", "[\\5]", L) end),
    p(fun() -> re:replace("abc", "x", "y", L) end),
    p(fun() -> re:replace("abc", "", "-", [global | L]) end),
    p(fun() -> re:replace("abc", "b", "", L) end),
    p(fun() -> re:replace("aaa", "a", "b", [global, {offset, 1} | L]) end),
    p(fun() -> re:replace("aAa", "a", "x", [global, caseless | L]) end),
    p(fun() -> re:replace("line1\nline2", "^", "> ", [global, multiline | L]) end),
    p(fun() -> re:replace("abc", "b", "x", [{return, binary}]) end),
    p(fun() -> re:replace(<<"abc">>, "b", <<"x">>, [{return, binary}]) end),
    p(fun() -> re:replace("a.b.c", "\\.", "", [global, {return, binary}]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
