#!/usr/bin/env escript
-module(rx_no_auto_capture).
-export([main/1]).
-mode(compile).
%% Exercises: no_auto_capture: plain parentheses do not capture, named groups still do, references and numbering

main(_) ->
    N = [no_auto_capture],
    r("abc", "(a)(b)(c)", N),
    r("abc", "(a)(b)(c)", [{capture, all, list} | N]),
    r("abc", "(a)(?<x>b)(c)", [{capture, all, list} | N]),
    r("abc", "(a)(?<x>b)(c)", [{capture, all_names, list} | N]),
    r("abab", "(?<x>ab)\\1", N),
    r("abab", "(ab)\\1", N),
    r("aa", "(a)+", [{capture, all, list} | N]),
    r("ab", "(?<x>a)|(b)", [global, {capture, all, list} | N]),
    {ok, MP} = re:compile("(a)(?<y>b)", N),
    io:format("~p~n", [element(2, MP)]),
    r("ab", MP, [{capture, all, list}]),
    r("abc", "(a)(b)(c)").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
