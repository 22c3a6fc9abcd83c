#!/usr/bin/env escript
-module(rx_bsr).
-export([main/1]).
-mode(compile).
%% Exercises: \R line endings: bsr_unicode (default) and bsr_anycrlf, (*BSR_ANYCRLF), \R never splitting CRLF

main(_) ->
    S = "a\r\nb\nc\rd" ++ [11, $e, 12, $f, 133, $g],
    r(S, "\\R", [global]),
    r(S, "\\R", [global, bsr_anycrlf]),
    r(S, "(*BSR_ANYCRLF)\\R", [global]),
    r(S, "(*BSR_UNICODE)\\R", [global, bsr_anycrlf]),
    r("a\r\nb", "a\\R{2}b"),
    r("a\r\nb", "a\\R\\nb"),
    r("a\n\rb", "a\\R{2}b"),
    r("a\x{2028}b", "a\\Rb", [unicode]),
    r("a\x{2028}b", "a\\Rb", [unicode, bsr_anycrlf]),
    r("ab", "a\\R?b"),
    r("a\r\n", "a\\R$"),
    r("a", "[\\R]").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
