#!/usr/bin/env escript
-module(rx_newline_opts).
-export([main/1]).
-mode(compile).
%% Exercises: the newline option (cr, lf, crlf, anycrlf, any) and (*CR) style settings: effect on $, ^ with multiline, dot

main(_) ->
    S = "a\rb\nc\r\nd",
    lists:foreach(fun(NL) ->
                          io:format("~p~n", [NL]),
                          r(S, "$", [multiline, global, {newline, NL}]),
                          r(S, "^", [multiline, global, {newline, NL}]),
                          r(S, ".", [global, {newline, NL}, {capture, all, list}])
                  end,
                  [cr, lf, crlf, anycrlf, any]),
    r("x\r", "x$", [{newline, cr}]),
    r("x\r", "x$"),
    r("x\r\n", "x$", [{newline, crlf}]),
    r("x\n", "x$", [{newline, crlf}]),
    r("x\r", "(*CR)x$"),
    r("x\r\n", "(*CRLF)x$"),
    r("x\n", "(*ANYCRLF)x$"),
    r("x\x{85}", "(*ANY)x$"),
    r("x\r", "(*LF)x$", [{newline, cr}]),
    r("x", "x", [{newline, foo}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
