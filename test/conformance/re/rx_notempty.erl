#!/usr/bin/env escript
-module(rx_notempty).
-export([main/1]).
-mode(compile).
%% Exercises: notempty and notempty_atstart: refusing empty matches anywhere or only at the start offset, with global

main(_) ->
    r("abc", "x*"),
    r("abc", "x*", [notempty]),
    r("abc", "a*", [notempty]),
    r("bac", "a*", [notempty]),
    r("bac", "a*?", [notempty]),
    r("abc", "x*", [notempty_atstart]),
    r("abc", "x*", [notempty_atstart, {offset, 1}]),
    r("bac", "a*", [notempty_atstart]),
    r("aaa", "a*?", [notempty, {capture, all, list}]),
    r("abc", "", [notempty]),
    r("abc", "", [notempty_atstart]),
    r("abc", "", [notempty_atstart, global]),
    r("abc", "x*", [notempty, global]),
    r("a,b", "[^,]*", [global, notempty]),
    r("", "", [notempty]),
    r("ab", "(?=b)|b", [notempty]),
    r("ab", "\\b", [notempty]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
