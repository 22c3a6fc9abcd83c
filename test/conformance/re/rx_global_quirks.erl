#!/usr/bin/env escript
-module(rx_global_quirks).
-export([main/1]).
-mode(compile).
%% Exercises: OTP's global loop after an empty match: the retry starts where the search that found it started

main(_) ->
    r("xc", "(?=c)|c"),
    r("c", "(?=c)|c"),
    r("xcc", "(?=c)|c"),
    r("ab", "(?=b)|b"),
    r("ab", "\\b|b"),
    r("b-c", "(?<=-)|c"),
    r("b-c", "(?<!\\w)\\b|c"),
    r("-c", "(?<!\\w)\\b|c"),
    r("b\nc", "\\n\\K\\b|[[:alpha:]]+"),
    r("aXbXc", "(?=X)|X", [{capture, all, index}]),
    r("a\r\nb", "(?=\\n)|\\n", [{newline, crlf}]),
    p(fun() -> re:replace("xc", "(?=c)|c", "#", [global, {return, list}]) end),
    p(fun() -> re:split("xcc", "(?=c)|c", [{return, list}]) end).

r(S, P) -> r(S, P, []).
r(S, P, O) -> p(fun() -> re:run(S, P, [global | O]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
