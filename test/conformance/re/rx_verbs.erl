#!/usr/bin/env escript
-module(rx_verbs).
-export([main/1]).
-mode(compile).
%% Exercises: backtracking control verbs (*FAIL) (*F) (*ACCEPT) (*COMMIT) (*PRUNE) (*SKIP) (*THEN) and verb errors

main(_) ->
    L = [{capture, all, list}],
    r("abc", "a(*FAIL)|b", L),
    r("abc", "a(*F)|c", L),
    r("abc", "a(*ACCEPT)bc", L),
    r("abc", "(a(*ACCEPT)b)c", [{capture, all, index}]),
    r("aaab", "a+(*COMMIT)b", L),
    r("aaac", "a+(*COMMIT)b|c", L),
    r("xaaab", "a(*COMMIT)b", []),
    r("aaab", "a+(*PRUNE)b|aaab", L),
    r("aaac", "a+(*PRUNE)b|c", L),
    r("aaabc", "a+(*SKIP)x|c", [{capture, all, index}]),
    r("abd", "a(?:b(*THEN)c|bd)", L),
    r("abd", "a(?:b(*PRUNE)c|bd)", L),
    r("abd", "a(?:b(*THEN)c)|abd", L),
    r("abc", "(*MARK:m)abc", L),
    r("abc", "(*FOO)", []),
    r("abc", "(*F", []),
    r("abc", "(*ACCEPT:x)", []),
    r("abc", "(*COMMIT:x)", []),
    r("abc", "(*)", []),
    r("aaa", "a(*SKIP)(*FAIL)|.", [global]).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
