#!/usr/bin/env escript
-module(rx_quote).
-export([main/1]).
-mode(compile).
%% Exercises: quoting with \Q...\E: metacharacters taken literally, unterminated \Q, lone \E, quantifier after \E

main(_) ->
    L = [{capture, all, list}],
    r("a.b*c", "\\Qa.b*c\\E", L),
    r("axbbc", "\\Qa.b*c\\E"),
    r("(x)", "\\Q(x)\\E", L),
    r("1+1=2", "\\Q1+1\\E=2", L),
    r("a.b", "\\Qa.b", L),
    r("abc", "a\\Eb\\Ec", L),
    r("abbb", "\\Qab\\E+", L),
    r("ababab", "(?:\\Qab\\E)+", L),
    r("a\\b", "\\Qa\\b\\E", L),
    r("a]b", "[\\Q]\\E]+", L),
    r("a^-b", "[\\Q^-\\E]+", L),
    r("", "\\Q\\E"),
    r("$", "\\Q$\\E", L),
    r("x y", "\\Qx y\\E", [extended | L]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
