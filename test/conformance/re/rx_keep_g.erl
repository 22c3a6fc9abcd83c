#!/usr/bin/env escript
-module(rx_keep_g).
-export([main/1]).
-mode(compile).
%% Exercises: \K resetting the match start, \G anchoring at the start offset, with global and offset

main(_) ->
    L = [{capture, all, list}],
    r("foobar", "foo\\Kbar", L),
    r("foobar", "foo\\Kbar", [{capture, all, index}]),
    r("foobar", "(foo)\\Kbar", L),
    r("a=1,b=2", "\\w=\\K\\d", [global | L]),
    r("abc", "a\\K", [{capture, all, index}]),
    r("abc", "(?=ab\\K)", [{capture, all, index}]),
    r("aaab", "\\Ga", [global]),
    r("aaba", "\\Ga", [global]),
    r("abc", "\\Gb"),
    r("abc", "\\Gb", [{offset, 1}]),
    r("abc", "\\Gc", [{offset, 1}]),
    r("1,2,3;4", "\\G\\d,?", [global, {capture, all, list}]),
    r("xab", "\\Gab|x", [global]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
