#!/usr/bin/env escript
-module(rx_backrefs).
-export([main/1]).
-mode(compile).
%% Exercises: back references: \N, \gN, \g{N}, \g{-N}, caseless references, references to unset groups, octal versus reference

main(_) ->
    L = [{capture, all, list}],
    r("hello", "(l)\\1", L),
    r("abcabc", "(abc)\\1", L),
    r("aa bb cd", "(\\w)\\1", [global | L]),
    r("abab", "(a)(b)\\g1\\g{2}", L),
    r("xx", "(x)\\g{-1}", L),
    r("xyxy", "(x)(y)\\g{-2}\\g-1", L),
    r("aA", "(a)\\1", [caseless | L]),
    r("aA", "(a)(?i)\\1", L),
    r("aA", "(a)\\1", L),
    r("b", "(a)?\\1b"),
    r("ab", "(a)|b\\1"),
    r("aaaa", "(a+)\\1", L),
    r("abcabd", "(a.c)\\1"),
    r([$a, 8], "(a)\\10"),
    r("a8", "(a)\\8"),
    r("<b>x</b>", "<(\\w+)>.*</\\1>", L),
    r("a", "\\2(a)"),
    r("a", "(a)\\g{0}"),
    r("a", "(a)\\g"),
    r("aa", "(a)\\g{1"),
    r("aa", "(?|(a)|(b))\\1", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
r(S, P) -> r(S, P, []).
