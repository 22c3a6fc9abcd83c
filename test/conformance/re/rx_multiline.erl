#!/usr/bin/env escript
-module(rx_multiline).
-export([main/1]).
-mode(compile).
%% Exercises: multiline mode: ^ and $ at internal newlines, (?m), global line matching, notbol/noteol with multiline

main(_) ->
    S = "one\ntwo\nthree\n",
    r(S, "^\\w+$", [multiline, global, {capture, all, list}]),
    r(S, "^\\w+$", [global, {capture, all, list}]),
    r(S, "(?m)^t\\w+", [global, {capture, all, list}]),
    r(S, "^", [multiline, global]),
    r(S, "$", [multiline, global]),
    r(S, "^", [multiline, global, notbol]),
    r(S, "$", [multiline, global, noteol]),
    r("a\n", "^", [multiline, global]),
    r("\n\n", "^$", [multiline, global]),
    r("ab\r\ncd", "^cd", [multiline]),
    r("ab\r\ncd", "b$", [multiline]),
    r("ab\r\ncd", "b$", [multiline, {newline, crlf}]),
    r("ab\r\ncd", "b\\r$", [multiline]),
    r("ab\rcd", "^cd", [multiline, {newline, cr}]),
    r("ab\rcd", "^cd", [multiline, {newline, anycrlf}]),
    r("x\ny", "\\Ay", [multiline]),
    r("x\ny", "x\\Z", [multiline]),
    r("x\ny", "x$", [multiline, dollar_endonly]).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
