#!/usr/bin/env escript
-module(rx_lookahead).
-export([main/1]).
-mode(compile).
%% Exercises: lookahead assertions (?=...) and (?!...): zero width, captures inside positive ones, nesting

main(_) ->
    L = [{capture, all, list}],
    r("foobar", "foo(?=bar)", L),
    r("foobaz", "foo(?=bar)", L),
    r("foobaz", "foo(?!bar)", L),
    r("foobar", "foo(?!bar)", L),
    r("price: 100 dollars", "\\d+(?= dollars)", L),
    r("abc", "(?=(b))", [{capture, all, index}]),
    r("abc", "a(?=(b)c)", L),
    r("abc", "a(?!(x))", [{capture, all, index}]),
    r("password1", "^(?=.*\\d)(?=.*[a-z]).{8,}$", []),
    r("password", "^(?=.*\\d)(?=.*[a-z]).{8,}$", []),
    r("aaa", "(?=a)", [global]),
    r("abc", "(?=)", [global]),
    r("abc", "(?!)", []),
    r("ab", "a(?=b(?!c))", L),
    r("1234567", "\\d(?=(\\d{3})+$)", [global, {capture, first, index}]),
    r("xay", "(?=.*a).*y", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
