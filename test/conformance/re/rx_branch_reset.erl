#!/usr/bin/env escript
-module(rx_branch_reset).
-export([main/1]).
-mode(compile).
%% Exercises: branch reset groups (?|...): alternatives sharing group numbers, groups after them, references into them

main(_) ->
    L = [{capture, all, list}],
    r("a", "(?|(a)|(b))", L),
    r("b", "(?|(a)|(b))", L),
    r("xbz", "(x)(?|(a)|(b))(z)", L),
    r("bc", "(?|(a)|(b)(c))", L),
    r("a", "(?|(a)|(b)(c))", L),
    r("ad", "(?|(a)|(b)(c))(d)", L),
    r("bcd", "(?|(a)|(b)(c))(d)", L),
    r("bb", "(?|(a)|(b))\\1", L),
    r("2024-05", "(?|(\\d+)-(\\d+)|(\\w+)/(\\w+))", L),
    r("may/05", "(?|(\\d+)-(\\d+)|(\\w+)/(\\w+))", L),
    r("b", "(?|(?<n>a)|(?<n>b))", [{capture, [n], list}]),
    r("ab", "(?|a|b)+", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
