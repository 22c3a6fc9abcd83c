#!/usr/bin/env escript
-module(rx_anchors).
-export([main/1]).
-mode(compile).
%% Exercises: ^ $ \A \Z \z, $ before a final newline, dollar_endonly, notbol and noteol

main(_) ->
    r("abc", "^abc$"),
    r("abc\n", "^abc$"),
    r("abc\n", "^abc$", [dollar_endonly]),
    r("abc\n\n", "^abc$"),
    r("abc\n", "abc\\Z"),
    r("abc\n", "abc\\z"),
    r("abc", "abc\\z"),
    r("xabc", "\\Aabc"),
    r("abc", "\\Aabc"),
    r("abc", "^b"),
    r("abc", "a$"),
    r("abc", "^abc", [notbol]),
    r("abc", "\\Aabc", [notbol]),
    r("abc", "abc$", [noteol]),
    r("abc", "abc\\z", [noteol]),
    r("abc\n", "abc$", [noteol]),
    r("abc\n", "$", [{capture, all, index}]),
    r("", "^$"),
    r("", "^"),
    r("\n", "^$"),
    r("ab", "^|$", [global]),
    r("ab\n", "$", [global]),
    r("a", "$a"),
    r("a", "a^").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
