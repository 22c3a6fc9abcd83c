#!/usr/bin/env escript
-module(rx_lookbehind).
-export([main/1]).
-mode(compile).
%% Exercises: lookbehind assertions (?<=...) and (?<!...): fixed-length alternatives, errors for variable length

main(_) ->
    L = [{capture, all, list}],
    r("foobar", "(?<=foo)bar", L),
    r("fooxbar", "(?<=foo)bar", L),
    r("fooxbar", "(?<!foo)bar", L),
    r("$100 200", "(?<=\\$)\\d+", [global | L]),
    r("abc", "(?<=a|bc)c", L),
    r("xbc", "(?<=a|bc)$", [{capture, all, index}]),
    r("abc", "(?<=^a)b", L),
    r("abc", "(?<=(a))b", L),
    r("ab", "(?<!a)b", L),
    r("b", "(?<!a)b", L),
    r("b", "(?<=a)b", L),
    r("aXbX", "(?<=a|b)X", [global]),
    r("abc", "(?<=\\w{2})c", L),
    r("abc", "(?<=a(?:b|c))c", L),
    r("xy", "(?<=x(?=y))y", L),
    r("abc", "(?<=a+)b", []),
    r("abc", "(?<=a*)b", []),
    r("abc", "(?<=a|bb?)c", []),
    r("abc", "(?<=x(?:ab|c))", []).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
