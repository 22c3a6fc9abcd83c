#!/usr/bin/env escript
-module(rx_quant_greedy).
-export([main/1]).
-mode(compile).
%% Exercises: greedy quantifiers * + ? {n} {n,} {n,m}, literal braces, backtracking into quantifiers, quantifier errors

main(_) ->
    L = [{capture, all, list}],
    r("aaaa", "a*", L),
    r("aaaa", "a+", L),
    r("aaaa", "a?", L),
    r("aaaa", "a{2}", L),
    r("aaaa", "a{2,}", L),
    r("aaaa", "a{1,3}", L),
    r("aaaa", "a{0}b?", L),
    r("aaaab", "a*ab", L),
    r("<<a>><<b>>", "<<.*>>", L),
    r("abcabc", "(abc){2}", L),
    r("xyxyxy", "(?:xy){2,}", L),
    r("a{,3}", "a{,3}", L),
    r("a{x}", "a{x}", L),
    r("a{", "a{", L),
    r("a{1,2", "a{1,2", L),
    r("aaa", "a{1}{2}"),
    r("aaa", "a**"),
    r("aaa", "*a"),
    r("aaa", "a|*"),
    r("aaa", "(+)"),
    r("aaa", "a{2,1}"),
    r("aaa", "a{70000}"),
    r("aaa", "^*"),
    r("ab", "\\b+"),
    r("aaa", "(?=a)*a", L),
    r("aaa", "(?=a){3}a", L).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
