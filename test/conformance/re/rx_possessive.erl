#!/usr/bin/env escript
-module(rx_possessive).
-export([main/1]).
-mode(compile).
%% Exercises: possessive quantifiers *+ ++ ?+ {n,m}+ and atomic groups (?>...): no backtracking into them

main(_) ->
    L = [{capture, all, list}],
    r("aaa", "a*+a", L),
    r("aaa", "a++", L),
    r("aaab", "a++b", L),
    r("ab", "a?+b", L),
    r("aab", "a?+ab", L),
    r("aaaa", "a{1,3}+a", L),
    r("aaaa", "a{1,2}+a", L),
    r("aaa", "(?>a+)a", L),
    r("aaab", "(?>a+)b", L),
    r("abc", "(?>ab|a)c", L),
    r("ac", "(?>ab|a)c", L),
    r("abcc", "(?>(ab|a))c+", L),
    r("xyxyz", "(?:xy)++z", L),
    r("xyxy", "(?:xy)++xy", L),
    r("\"abc\"", "\"[^\"]*+\"", L),
    r("foobar", "(?>foo|foobar)$", L),
    r("foobar", "(?>foobar|foo)$", L),
    r("aaa", "(a)++", L),
    r("abab", "(?>(a)(b))*", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
