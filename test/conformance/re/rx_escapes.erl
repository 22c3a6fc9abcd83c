#!/usr/bin/env escript
-module(rx_escapes).
-export([main/1]).
-mode(compile).
%% Exercises: character escapes: \x \x{} \o{} octal \0 \ddd \c \a \e \f \n \r \t, unknown letters, escape errors

main(_) ->
    r("A", "\\x41"),
    r("AB", "\\x{41}\\x{0042}"),
    r([7, 27, 12, 10, 13, 9], "\\a\\e\\f\\n\\r\\t"),
    r("A", "\\101"),
    r([0, $1], "\\01"),
    r([1], "\\01"),
    r("AB", "\\o{101}\\o{102}"),
    r([1], "\\cA"),
    r([1], "\\ca"),
    r([127], "\\c?"),
    r([27], "\\c["),
    r("y", "\\y"),
    r("Z", "\\x5a"),
    r([255], "\\xff"),
    r([15], "\\xf"),
    r("A", "\\x{100}"),
    r("A", "\\x{zz}"),
    r("A", "\\o{8}"),
    r("A", "\\c"),
    r("A", "\\"),
    r("A", "a\\"),
    r("A", "\\cé"),
    r([16#100], "\\x{100}", [unicode]),
    r([16#10FFFF], "\\x{10ffff}", [unicode]),
    r("A", "\\x{110000}", [unicode]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
