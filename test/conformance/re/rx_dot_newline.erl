#!/usr/bin/env escript
-module(rx_dot_newline).
-export([main/1]).
-mode(compile).
%% Exercises: dot and newlines: default lf, dotall, (?s), newline conventions changing what dot excludes

main(_) ->
    r("a\nb", "a.b"),
    r("a\nb", "a.b", [dotall]),
    r("a\nb", "(?s)a.b"),
    r("a\nb", "(?s)(?-s)a.b"),
    r("a\rb", "a.b"),
    r("a\rb", "a.b", [{newline, cr}]),
    r("a\nb", "a.b", [{newline, cr}]),
    r("a\r\nb", "a..b", [{newline, crlf}]),
    r("a\rb", "a.b", [{newline, crlf}]),
    r("a\rb", "a.b", [{newline, anycrlf}]),
    r("a\vb", "a.b", [{newline, any}]),
    r("a\vb", "a.b", [{newline, anycrlf}]),
    r("ab\ncd", ".+", [global, {capture, all, list}]),
    r("ab\ncd", ".+", [global, dotall, {capture, all, list}]),
    r("ab\r\ncd", "(*CRLF).+", [global, {capture, all, list}]),
    r("ab\rcd", "(*CR).+", [global, {capture, all, list}]),
    r("x\x{85}y", "x.y", [unicode, {newline, any}]),
    r("x\x{2028}y", "x.y", [unicode]),
    r("x\x{2028}y", "x.y", [unicode, {newline, any}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
