#!/usr/bin/env escript
-module(rx_classes).
-export([main/1]).
-mode(compile).
%% Exercises: character classes: ranges, negation, literal ] - ^ inside, escapes inside classes, range errors

main(_) ->
    r("hello", "[aeiou]", [global, {capture, all, list}]),
    r("hello", "[^aeiou]+", [{capture, all, list}]),
    r("a-z", "[a\\-z]+", [{capture, all, list}]),
    r("x-y", "[-x]+", [{capture, all, list}]),
    r("x-y", "[y-]+", [{capture, all, list}]),
    r("]x]", "[]x]+", [{capture, all, list}]),
    r("a^b", "[\\^b]+", [{capture, all, list}]),
    r("a^b", "[b^]+", [{capture, all, list}]),
    r("AbC09_", "[A-Za-z]+", [global, {capture, all, list}]),
    r("a1 b2", "[\\d\\s]+", [global, {capture, all, list}]),
    r("tab\there", "[\\t]"),
    r("a\bb", "[\\b]"),
    r("abc", "[^\\w]"),
    r("a.b", "[.]", [{capture, all, list}]),
    r("a$b", "[$]"),
    r("a(b)", "[()]", [global]),
    r("ABC", "[a-c]+", [caseless, {capture, all, list}]),
    r("\\", "[\\\\]"),
    r("xyz", "[\\x78-\\x7a]+", [{capture, all, list}]),
    r("abc", "[z-a]"),
    r("abc", "[a-\\d]"),
    r("abc", "[abc"),
    r("abc", "[]"),
    r("abc", "[^]"),
    r("ab]", "[^]]+", [{capture, all, list}]),
    r("w-", "[\\w-]+", [{capture, all, list}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
