#!/usr/bin/env escript
-module(rx_extended).
-export([main/1]).
-mode(compile).
%% Exercises: the extended option: whitespace and # comments ignored outside classes, kept inside classes and when escaped, (?#...) comments

main(_) ->
    X = [extended],
    r("abc", "a b c", X),
    r("a b c", "a b c", X),
    r("a b", "a\\ b", X),
    r("a b", "a[ ]b", X),
    r("a#b", "a[#]b", X),
    r("a#b", "a\\#b", X),
    r("ab", "a # a comment\nb", X),
    r("ab", "a # comment to the end", X),
    r("aaa", "a +", [{capture, all, list} | X]),
    r("aaa", "a {2}", [{capture, all, list} | X]),
    r("abc", "(?# a comment )abc"),
    r("abc", "a(?#x)b(?#y)c"),
    r("abc", "a(?#unterminated"),
    r("a\tb", "a\tb", X),
    r("a\tb", "a\\tb", X),
    r("ab", "(?x: a b )"),
    r("a b", "(?-x: a b )", X),
    r("ab", "a\n\n\tb", X).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
