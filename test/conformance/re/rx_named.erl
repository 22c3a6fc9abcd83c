#!/usr/bin/env escript
-module(rx_named).
-export([main/1]).
-mode(compile).
%% Exercises: named groups in the three syntaxes, references to them by name, capture by name, all_names

main(_) ->
    D = "2024-05-17",
    P = "(?<year>\\d+)-(?<month>\\d+)-(?<day>\\d+)",
    r(D, P, [{capture, all_names, list}]),
    r(D, P, [{capture, [day, month], list}]),
    r(D, P, [{capture, ["year", <<"day">>], binary}]),
    r(D, P, [{capture, [year, 0, 3], index}]),
    r(D, "(?'y'\\d+)-(?P<m>\\d+)", [{capture, all_names, list}]),
    r("abab", "(?<x>ab)\\k<x>", [{capture, all, list}]),
    r("abab", "(?<x>ab)\\k'x'"),
    r("abab", "(?<x>ab)\\k{x}"),
    r("abab", "(?P<x>ab)(?P=x)"),
    r("abab", "(?<x>ab)\\g{x}"),
    r("abab", "(?<x>a)(?<y>b)", [{capture, all_names, index}]),
    r("ab", "(?<x>a)|(?<y>b)", [global, {capture, all_names, list}]),
    r("ab", "(?<x>a)", [{capture, [nosuch], list}]),
    r("ab", "(?<x>a)", [{capture, [nosuch, 7], index}]),
    r("ab", "(a)", [{capture, all_names, list}]),
    r("ab", "(?<1x>a)", []),
    r("ab", "(?<x>a)(?<x>b)", []),
    r("ab", "\\k<nope>(?<x>a)", []),
    r("ab", "(?<x", []).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
r(S, P) -> r(S, P, []).
