#!/usr/bin/env escript
-module(rx_match_limit).
-export([main/1]).
-mode(compile).
%% Exercises: match_limit and match_limit_recursion: catastrophic backtracking, {error, ...} only with report_errors

main(_) ->
    Bad = lists:duplicate(30, $a) ++ "!",
    r(Bad, "(a+)+$", [report_errors]),
    r(Bad, "(a+)+$", [report_errors, global]),
    r(Bad, "(?>a+)+$", [report_errors]),
    r(Bad, "(a++)+$", [report_errors]),
    r(Bad, "^a+$", [report_errors]),
    r(Bad, "^a+!"),
    r("aaaaaaaaaaaaaab", "(a+)+$", [report_errors, {match_limit, 1000}]),
    r("aaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 1000}]),
    r("aaaaaaaaaaaaaab", "(a+)+$", [report_errors, {match_limit_recursion, 10}]),
    r("aaaaaaaaaaaaaab", "(a+)+$", [{match_limit_recursion, 10}]),
    r("aaa", "a", [report_errors, {match_limit, 1}]),
    r("aaa", "a", [report_errors, {match_limit, 100}]),
    r("aaa", "x", [report_errors, {match_limit, 1}]),
    r("aaa", "a", [report_errors, {match_limit, 0}]),
    r("aaa", "a", [{match_limit, -5}]),
    r("aaa", "a", [{match_limit_recursion, x}]),
    r("aab", "(a+)+b", [report_errors, {match_limit, 100000}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
