#!/usr/bin/env escript
-module(rx_shorthand).
-export([main/1]).
-mode(compile).
%% Exercises: \d \w \s \h \v and their negations over ASCII and Latin-1 bytes, \N

main(_) ->
    Sample = [$a, $Z, $5, $_, $\s, $\t, $\n, 11, 12, $\r, $-, 133, 160, 181, 233, 247],
    lists:foreach(fun(E) ->
                          Hits = [C || C <- Sample, re:run([C], E) =/= nomatch],
                          io:format("~s ~w~n", [E, Hits])
                  end,
                  ["\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\h", "\\H", "\\v", "\\V", "\\N", "."]),
    r("abc 123", "\\d+", [{capture, all, list}]),
    r("foo_bar-baz", "\\w+", [global, {capture, all, list}]),
    r("a \t\nb", "a\\s+b", [{capture, all, index}]),
    r("key:   value", ":\\h*", [{capture, all, index}]),
    r("line1\r\nline2", "\\v+", [{capture, all, index}]),
    r("a\nb", "a\\Nb"),
    r("aXb", "a\\Nb").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
