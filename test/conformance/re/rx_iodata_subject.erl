#!/usr/bin/env escript
-module(rx_iodata_subject).
-export([main/1]).
-mode(compile).
%% Exercises: subjects and patterns as iodata and chardata: deep lists, binaries inside lists, empty parts, binary tails

main(_) ->
    r(["he", ["l", [<<"lo">>]], " ", <<"world">>], "lo w"),
    r([<<"ab">>, <<"cd">>], "bc", [{capture, all, binary}]),
    r([<<>>, [], "x", [[]]], "^x$"),
    r([$a | <<"bc">>], "abc"),
    r(["a", $b | <<"c">>], "abc", [{capture, all, list}]),
    r("abc", ["a", <<"b">>, [$c]]),
    r("abc", [<<"a">> | "bc"]),
    r([<<"é"/utf8>>, "x"], "é.", [unicode]),
    r([233, <<"x">>], "\\x{e9}x"),
    r(["é", <<"x">>], "éx", [unicode, {capture, all, list}]),
    r([[[[]]]], ""),
    r(<<>>, ""),
    r([], "a"),
    r([$a, [$b, [$c, [$d]]]], "b.d", [{capture, all, list}]),
    r("abc", "b").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
