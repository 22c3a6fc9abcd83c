#!/usr/bin/env escript
-module(rx_inline_opts).
-export([main/1]).
-mode(compile).
%% Exercises: inline option settings (?i) (?m) (?s) (?x) (?-i) (?i:...) and their scope in groups and alternatives

main(_) ->
    r("ABC", "(?i)abc"),
    r("aBC", "a(?i)bc"),
    r("ABC", "a(?i)bc"),
    r("abC", "(a(?i)b)c"),
    r("abC", "(a(?i)b)C"),
    r("C", "(a(?i)b|c)"),
    r("C", "(a|(?i)b|c)"),
    r("AB", "(?i:a)b"),
    r("Ab", "(?i:a)b"),
    r("aB", "(?i)a(?-i)b"),
    r("ab", "(?i)a(?-i:B)"),
    r("aB", "(?i-i)aB"),
    r("a\nb", "(?s:a.b)"),
    r("x\ny", "(?m)^y"),
    r("a b", "(?x) a \\  b"),
    r("ab", "(?x) a # comment\n b"),
    r("AB", "(?i)(?-i)ab"),
    r("ab", "(?ix) A B"),
    r("ab", "(?z)ab"),
    r("ab", "(?i"),
    r("ab", "(?i-"),
    r("aaa", "(?U)a+", [{capture, all, list}]),
    r("ab", "(?J)(?<n>a)(?<n>b)", [{capture, [n], list}]),
    r("ab", "(?X)ab").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
