#!/usr/bin/env escript
-module(rx_backtracking).
-export([main/1]).
-mode(compile).
%% Exercises: backtracking: nested quantifiers that still succeed, giving back characters, alternation retries, captures after backtracking

main(_) ->
    L = [{capture, all, list}],
    r("aaab", "(a+)+b", L),
    r("aaa", "(a|aa)*$", L),
    r("abcabcabd", "(abc|abd)+", L),
    r("xxxxy", "(x*)(x*)y", L),
    r("xxxxy", "(x*?)(x*)y", L),
    r("xxxxy", "(x+)(x+)y", L),
    r("aaaa", "^(a+?)\\1$", L),
    r("aaaaaa", "^(a+)\\1\\1$", L),
    r("aaaaa", "^(a+)\\1$", L),
    r("abcd", "(a|ab)(c|bcd)(d*)", L),
    r("abab", "(?:(a)|b)*", [{capture, all, index}]),
    r("aabb", "(a)*(b)*", [{capture, all, index}]),
    r("abc", "(a(b)?)+", [{capture, all, index}]),
    r("aba", "(?:(a)|(b))+", [{capture, all, index}]),
    r("ab", "(a|(b))+", [{capture, all, index}]),
    r(lists:duplicate(12, $a), "^(a|a?)+$", []),
    r("foo.bar.baz", "^(.*)\\.(.*)$", L),
    r("foo.bar.baz", "^(.*?)\\.(.*)$", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
