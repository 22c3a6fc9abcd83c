#!/usr/bin/env escript
-module(rx_dupnames).
-export([main/1]).
-mode(compile).
%% Exercises: duplicate group names: dupnames and (?J), which group a name reports, references to a duplicated name

main(_) ->
    D = [dupnames],
    P = "(?<d>\\d+)-x|y-(?<d>\\d+)",
    r("12-x", P, [{capture, [d], list} | D]),
    r("y-34", P, [{capture, [d], list} | D]),
    r("12-x y-34", P, [global, {capture, [d], list} | D]),
    r("12-x", P, [{capture, all_names, index} | D]),
    r("y-34", P, [{capture, all_names, index} | D]),
    r("ab", "(?<n>a)(?<n>b)", [{capture, [n], list} | D]),
    r("ab", "(?<n>a)(?<n>x)?", [{capture, [n], list} | D]),
    r("ab", "(?J)(?<n>a)|(?<n>b)", [global, {capture, [n], list}]),
    r("aa", "(?:(?<n>a)|(?<n>b))\\k<n>", [{capture, all, list} | D]),
    r("bb", "(?:(?<n>a)|(?<n>b))\\k<n>", [{capture, all, list} | D]),
    r("ab", "(?:(?<n>a)|(?<n>b))\\k<n>", D),
    r("ab", "(?<n>a)(?<n>b)"),
    r("ab", "(?<n>a)(?<n>b)", [{capture, all_names, list} | D]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
