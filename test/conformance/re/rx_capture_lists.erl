#!/usr/bin/env escript
-module(rx_capture_lists).
-export([main/1]).
-mode(compile).
%% Exercises: {capture, [N | Name]}: order as given, repeated entries, numbers and names beyond the pattern, types

main(_) ->
    S = "john.smith@example.com",
    P = "(?<user>[\\w.]+)@(?<host>[\\w.]+)",
    r(S, P, [{capture, [2, 1], list}]),
    r(S, P, [{capture, [host, user, host], binary}]),
    r(S, P, [{capture, [0], index}]),
    r(S, P, [{capture, [3], list}]),
    r(S, P, [{capture, [3], index}]),
    r(S, P, [{capture, [3], binary}]),
    r(S, P, [{capture, [missing], list}]),
    r(S, P, [{capture, ["user"], list}]),
    r(S, P, [{capture, [<<"host">>], index}]),
    r(S, P, [{capture, [user, 2]}]),
    r(S, P, [global, {capture, [host], list}]),
    r("none", P, [{capture, [user], list}]),
    r("ab", "(a)(x)?(b)", [{capture, [2, 3], list}]),
    r("ab", "(a)(x)?", [{capture, [2], binary}]),
    r(S, P, [{capture, [{user}], list}]),
    r(S, P, [{capture, [user | host], list}]),
    r(S, P).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
