#!/usr/bin/env escript
-module(rx_anchored_opt).
-export([main/1]).
-mode(compile).
%% Exercises: the anchored option at compile and run time, patterns anchored by ^ or \A, and firstline

main(_) ->
    r("abc", "b", [anchored]),
    r("abc", "a", [anchored]),
    r("abc", "b|a", [anchored]),
    r("abc", "b", [anchored, {offset, 1}]),
    r("abc", "b", [anchored, global]),
    r("aab", "a", [anchored, global]),
    r("x\nabc", "^abc", [multiline, anchored]),
    r("x\nabc", "^abc", [multiline]),
    r("x\nabc", "abc", [firstline]),
    r("abc\nx", "abc", [firstline]),
    r("xx\nabc", "x\\nab", [firstline]),
    r("ab\ncd", "d", [firstline]),
    r("ab\ncd", "b", [firstline, global]),
    r("ab\rcd", "c", [firstline, {newline, cr}]),
    r("abc", "(?:^a|b)c", []),
    r("bc", "(?:^a|b)c", []),
    r("abc", "c"),
    {ok, MP} = re:compile("c", [anchored]),
    r("abc", MP),
    r("cab", MP).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
