#!/usr/bin/env escript
-module(rx_quant_lazy).
-export([main/1]).
-mode(compile).
%% Exercises: lazy quantifiers *? +? ?? {n,m}?, the ungreedy option and (?U) inverting greediness

main(_) ->
    L = [{capture, all, list}],
    r("aaaa", "a*?", L),
    r("aaaa", "a+?", L),
    r("aaaa", "a??", L),
    r("aaaa", "a{2,3}?", L),
    r("<<a>><<b>>", "<<.*?>>", [global | L]),
    r("aaab", "a+?b", L),
    r("abcbd", "a.*?b", L),
    r("abcbd", "a.*?d", L),
    r("xaaay", "x(a+?)(a*)y", L),
    r("aaaa", "a*", [ungreedy | L]),
    r("aaaa", "a*?", [ungreedy | L]),
    r("aaaa", "(?U)a+", L),
    r("aaaa", "(?U)a+?", L),
    r("aaaa", "(?U:a+)a", L),
    r("<p><b>x</b></p>", "<(.+)>", [ungreedy, global | L]),
    r("aaa", "a{2}?", L),
    r("abc", "(a|ab)(c|bcd)??", L).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
