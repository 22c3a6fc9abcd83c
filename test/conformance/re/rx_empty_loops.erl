#!/usr/bin/env escript
-module(rx_empty_loops).
-export([main/1]).
-mode(compile).
%% Exercises: quantified groups that can match the empty string: PCRE leaves the loop after an empty iteration

main(_) ->
    I = [{capture, all, index}],
    r("b", "(a?)*b", I),
    r("ab", "(a?)*b", I),
    r("aab", "(a|)*b", I),
    r("b", "(?:a*?|\\w)*", I),
    r("b", "(?:a*?|\\w)+", I),
    r("b", "(?:|\\w){2}", I),
    r("ab", "(a|)*?b", I),
    r("aaa", "(a*)*", I),
    r("aaa", "(a*)+", I),
    r("aaa", "(a*?)*", I),
    r("abc", "(?:x?)*c", I),
    r("", "(a?)*", I),
    r("abab", "(?:(?=a)|b)*", I),
    r("aaa", "^(a?)*$", I),
    r("aXa", "(?:\\b)*X", I),
    r("xyz", "(?:(y)?)*z", I),
    r("abc", "(a|b|)+c", I).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
