#!/usr/bin/env escript
-module(rx_alternation).
-export([main/1]).
-mode(compile).
%% Exercises: alternation: leftmost alternative wins, empty alternatives, alternation inside groups, global

main(_) ->
    L = [{capture, all, list}],
    r("abc", "a|ab|abc", L),
    r("abc", "abc|ab|a", L),
    r("xabc", "b|a", L),
    r("cat dog bird", "dog|cat|bird", [global | L]),
    r("ab", "a|", [global]),
    r("ab", "|a", [global]),
    r("", "a|b"),
    r("b", "a|b|", L),
    r("gray grey", "gr(a|e)y", [global | L]),
    r("abd", "a(b|bc)d", L),
    r("abcd", "a(b|bc)d", L),
    r("ac", "a(b|)c", L),
    r("Yes", "^(?:yes|no)$", [caseless]),
    r("maybe", "^(?:yes|no)$", []),
    r("foo.txt", "\\.(txt|md|erl)$", L),
    r("xyz", "x(?:y|yz)$", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
r(S, P) -> r(S, P, []).
