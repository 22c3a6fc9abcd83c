#!/usr/bin/env escript
-module(rx_run_badarg).
-export([main/1]).
-mode(compile).
%% Exercises: re:run argument errors: subjects, patterns and options that are not accepted raise badarg

main(_) ->
    r(abc, "a"),
    r(123, "a"),
    r({"abc"}, "a"),
    r("abc", abc),
    r("abc", 123),
    r("abc", "a", notalist),
    r("abc", "a", [bogus]),
    r("abc", "a", [{capture, all, bogus}]),
    r("abc", "a", [{offset, -1}]),
    r("abc", "a", [{newline, bogus}]),
    r("abc", "a", [global | tail]),
    r([$a | $b], "a"),
    r([$a, -1], "a"),
    r([$a, <<1:1>>], "a"),
    r(<<1:1>>, "a"),
    r("abc", <<1:1>>),
    r("abc", [$a, 256]),
    r([$a, 16#110000], "a", [unicode]),
    r(["a", [[<<"b">>], $c]], "abc"),
    r([], "^$").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
