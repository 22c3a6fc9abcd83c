#!/usr/bin/env escript
-module(rx_literal).
-export([main/1]).
-mode(compile).
%% Exercises: plain literal patterns: positions, no match, escaped metacharacters, binary and list subjects

main(_) ->
    r("hello world", "world"),
    r("hello world", "o"),
    r("hello world", "xyz"),
    r(<<"hello">>, <<"ll">>),
    r("", ""),
    r("abc", ""),
    r("a.b", "a\\.b"),
    r("axb", "a\\.b"),
    r("a*b+c?", "a\\*b\\+c\\?"),
    r("(x)[y]{z}", "\\(x\\)\\[y\\]\\{z\\}"),
    r("1^2$3", "1\\^2\\$3"),
    r("a|b", "a\\|b"),
    r("back\\slash", "\\\\"),
    r("a}b", "a}b"),
    r("a]b", "a]b"),
    r("tab\there", "\t"),
    r("x", "x", [{capture, all, list}]),
    r("abcabc", "bc", [{capture, all, binary}]),
    r("ABC", "abc"),
    r(["ab", $c, <<"d">>], "bcd"),
    r("aaaa", "aa", [global]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
