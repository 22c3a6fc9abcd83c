#!/usr/bin/env escript
-module(rx_latin1_bytes).
-export([main/1]).
-mode(compile).
%% Exercises: without unicode: subjects and patterns are bytes, Latin-1 letters in \w and caseless matching, chars above 255 rejected

main(_) ->
    r(<<"naïve"/utf8>>, "ï"),
    r(<<"naïve"/utf8>>, <<"ï"/utf8>>),
    r("naïve", "ï"),
    r("naïve", "\\w+", [{capture, all, list}]),
    r(<<"na", 239, "ve">>, "\\w+", [{capture, all, binary}]),
    r(<<"na", 239, "ve">>, <<"NA", 207, "VE">>, [caseless]),
    r(<<200>>, ".", [{capture, all, list}]),
    r(<<200, 201>>, "[\\x{c8}-\\x{c9}]+"),
    r(<<128>>, "[^a]"),
    r(<<"ab">>, [97, 256]),
    r([97, 256], "a"),
    r(<<"é"/utf8>>, "^..$"),
    r(<<"é"/utf8>>, "^.$", [unicode]),
    r(<<233>>, "\\xe9"),
    r(<<233>>, "\\x{e9}"),
    r(<<"ÿ">>, "[[:lower:]]"),
    r(<<"ÿ">>, "[[:upper:]]", [caseless]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
