#!/usr/bin/env escript
-module(rx_global).
-export([main/1]).
-mode(compile).
%% Exercises: global matching: all matches left to right, empty matches and the retry at the same place, CRLF skipping

main(_) ->
    r("a1b22c333", "\\d+", [global]),
    r("a1b22c333", "\\d+", [global, {capture, all, list}]),
    r("abc", "x*", [global]),
    r("baaa", "a*", [global]),
    r("baaa", "a*?", [global]),
    r("aaa", "a|", [global]),
    r("abc", "", [global]),
    r("", "", [global]),
    r("", "x", [global]),
    r("a\r\nb", "", [global]),
    r("a\r\nb", "", [global, {newline, crlf}]),
    r("a\r\nb", "", [global, {newline, any}]),
    r("a\r\nb", "", [global, {newline, anycrlf}]),
    r("aaa", "(?=a)", [global]),
    r("abab", "(a)|b", [global]),
    r("abab", "(a)|b", [global, {capture, all, list}]),
    r("xyz", "(?<=x)|z", [global]),
    r("one two  three", "\\s*", [global]),
    r("aaaa", "aa", [global, {capture, first, list}]),
    r("aaa", "a", [global, {capture, none}]),
    r("aaa", "b", [global, {capture, none}]),
    r("abc", "\\b", [global]).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
