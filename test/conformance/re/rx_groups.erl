#!/usr/bin/env escript
-module(rx_groups).
-export([main/1]).
-mode(compile).
%% Exercises: capturing groups: numbering, nesting, unset groups reported as {-1,0}, trailing unset groups dropped

main(_) ->
    r("2024-05-17", "(\\d+)-(\\d+)-(\\d+)"),
    r("2024-05-17", "(\\d+)-(\\d+)-(\\d+)", [{capture, all, list}]),
    r("abc", "((a)(b))(c)", [{capture, all, list}]),
    r("ac", "(a)(b)?(c)"),
    r("ac", "(a)(b)?(c)", [{capture, all, list}]),
    r("ac", "(a)(b)?(c)", [{capture, all, binary}]),
    r("a", "(a)(b)?"),
    r("a", "(a)(b)?", [{capture, all, list}]),
    r("a", "(a)(b)?", [{capture, [0, 1, 2], list}]),
    r("b", "(a)|(b)"),
    r("a", "(a)|(b)"),
    r("a", "(a)|(b)", [{capture, all_but_first, index}]),
    r("aaa", "(a)*"),
    r("abab", "(?:(a)|(b))+"),
    r("aba", "(a|b)+", [{capture, all, list}]),
    r("xyz", "(?:x)(y)(?:z)", [{capture, all, list}]),
    r("", "()"),
    r("abc", "(x)?(y)?(z)?"),
    r("abc", "(((((((((((a)))))))))))", [{capture, all, index}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
