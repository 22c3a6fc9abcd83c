#!/usr/bin/env escript
-module(rx_report_errors).
-export([main/1]).
-mode(compile).
%% Exercises: report_errors: compile errors as {error, {compile, ...}} instead of badarg, with string and binary patterns

main(_) ->
    r("abc", "a("),
    r("abc", "a(", [report_errors]),
    r("abc", <<"[x">>, [report_errors]),
    r("abc", "a{2,1}", [report_errors, global]),
    r("abc", "(?<n>a)(?<n>b)", [report_errors, {capture, all, list}]),
    r("abc", "\\p{Nope}", [report_errors, unicode]),
    r("abc", "b", [report_errors]),
    r("abc", "x", [report_errors]),
    r("abc", "(b)", [report_errors, {capture, all, list}]),
    r("abc", "b", [report_errors, bogus]),
    r(<<"é"/utf8>>, <<"a", 255>>, [report_errors, unicode]),
    r(<<"a", 255>>, "a", [report_errors, unicode]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
