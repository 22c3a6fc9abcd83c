#!/usr/bin/env escript
-module(rx_conditionals).
-export([main/1]).
-mode(compile).
%% Exercises: conditional groups: on a group number or name, on recursion, DEFINE, on an assertion; errors

main(_) ->
    L = [{capture, all, list}],
    P = "^(\\()?\\d+(?(1)\\))$",
    r("(12)", P, L),
    r("12", P, L),
    r("(12", P, L),
    r("12)", P, L),
    r("ab", "(?<q>a)?(?(<q>)b|c)", L),
    r("c", "(?<q>a)?(?(<q>)b|c)", L),
    r("c", "(?<q>a)?(?('q')b|c)", L),
    r("c", "(?<q>a)?(?(q)b|c)", L),
    r("xa", "(x)?(?(1)a)", L),
    r("a", "(x)?(?(1)a)", L),
    r("abc", "(?(?=a)abc|xyz)", L),
    r("xyz", "(?(?=a)abc|xyz)", L),
    r("xyz", "(?(?!a)xyz|abc)", L),
    r("b", "(?(?<=a)b|c)", L),
    r("ab", "(?(DEFINE)(?<w>[a-z]))(?&w)(?&w)", L),
    r("aab", "^(a(?(R)a|b))", L),
    r("ab", "(?(R)x|a)b", L),
    r("a", "(?(1)a|b|c)(x)", []),
    r("a", "(?(2)a)(x)", []),
    r("a", "(?(?a)x)", []),
    r("a", "(?(nope)a)", []).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
