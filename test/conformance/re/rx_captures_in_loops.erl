#!/usr/bin/env escript
-module(rx_captures_in_loops).
-export([main/1]).
-mode(compile).
%% Exercises: captures inside repeated groups keep the last iteration's value, or earlier values when a later iteration backtracks

main(_) ->
    L = [{capture, all, list}],
    r("abc", "(\\w)+", L),
    r("a1b2c3", "(?:(\\w)(\\d))+", L),
    r("ab", "(?:(a)|(b))+", L),
    r("ba", "(?:(a)|(b))+", L),
    r("aab", "(a)*ab", L),
    r("abab", "(ab)*", [{capture, all, index}]),
    r("ababx", "(ab)*abx", [{capture, all, index}]),
    r("xyzxy", "(?:(x)(y)(z)?)+", [{capture, all, index}]),
    r("aaa", "(a){2}", [{capture, all, index}]),
    r("abcd", "(?:(a|b)|(c|d))*", L),
    r("1.2.3", "(\\d)(?:\\.(\\d))*", L),
    r("abcabc", "(?:(a)|b|c)+", [{capture, all, index}]),
    r("aXbX", "(?:(\\w)X)+", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
