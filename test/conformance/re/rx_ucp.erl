#!/usr/bin/env escript
-module(rx_ucp).
-export([main/1]).
-mode(compile).
%% Exercises: the ucp option: \w \d \s \b and POSIX classes by Unicode properties instead of the Latin-1 tables

main(_) ->
    S = "naïve café 日本 ٣٤ x_y",
    lists:foreach(fun(O) ->
                          io:format("~p~n", [O]),
                          r(S, "\\w+", [global, {capture, all, list} | O]),
                          r(S, "\\d+", [global, {capture, all, index} | O]),
                          r(S, "\\b\\w", [global, {capture, all, index} | O]),
                          r(S, "[[:alpha:]]+", [global, {capture, all, index} | O]),
                          r(S, "[[:digit:]]+", [global, {capture, all, index} | O])
                  end,
                  [[unicode], [unicode, ucp]]),
    r("a\x{2003}b", "a\\sb", [unicode]),
    r("a\x{2003}b", "a\\sb", [unicode, ucp]),
    r("a\x{2003}b", "a\\hb", [unicode]),
    r("ǅ", "(*UCP)\\w", [unicode]),
    r("é", "\\w").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
