#!/usr/bin/env escript
-module(rx_pcre_quirks).
-export([main/1]).
-mode(compile).
%% Exercises: PCRE 8 behaviours a JS-like engine gets wrong: \w repeats in UTF-8 mode, self-referencing groups, loop captures

main(_) ->
    U = [unicode],
    r([233], "\\w", U),
    r([233], "\\w+", U),
    r([233], "\\w*", U),
    r([233, 233], "\\w{2}", U),
    r([233, $a], "\\w{1,2}", U),
    r([$a, 233], "\\w+", U),
    r([233, 233], "\\W+", U),
    r([233, 233], "(?:\\w)+", U),
    r([233, 233], "[\\w]+", U),
    r([233, 233], "\\w+", [ucp | U]),
    r([233, 233], "\\w+", []),
    r("aabb", "(?<n>b{1,}((\\k<n>))?){2}", []),
    r("abb", "(a|b\\1)+", []),
    r("aba", "(a|b\\1)+", []),
    r("xyz", "(((\\1)?))+", [{capture, all, index}]),
    r("AaA", "((\\b|\\1{2})[[:alpha:]])+", []),
    r("b", "(a?)+b", [{capture, all, index}]),
    r("b", "(a?){2,}b", [{capture, all, index}]),
    r("ab", "(?:(a)|b\\1)+", [{capture, all, index}]).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
