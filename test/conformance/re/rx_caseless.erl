#!/usr/bin/env escript
-module(rx_caseless).
-export([main/1]).
-mode(compile).
%% Exercises: caseless matching: ASCII, Latin-1 bytes without unicode, Unicode case pairs with unicode, classes and ranges

main(_) ->
    C = [caseless],
    r("HeLLo", "hello", C),
    r("hello", "HELLO", C),
    r("Q", "[a-z]", C),
    r("q", "[A-Z]", C),
    r("5", "[a-z]", C),
    r("_", "[A-Z]", C),
    r(<<201>>, <<233>>, C),
    r(<<233>>, <<201>>, C),
    r(<<255>>, <<"x">>, C),
    r(<<"CAF", 201>>, <<"caf", 233>>, C),
    r(<<"É"/utf8>>, "é", [unicode | C]),
    r("ΣΑΣ", "σας", [unicode | C]),
    r("ÀÉÎ", "[à-î]+", [unicode | C]),
    r("straße", "STRASSE", [unicode | C]),
    r("İ", "i", [unicode | C]),
    r("K", "\\x{212A}", [unicode | C]),
    r("abc", "ABC"),
    r("ABC", "[^a]", C),
    r("Abc", "\\w+", C),
    r("aAbB", "(?i)[ab]+", [{capture, all, list}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
