#!/usr/bin/env escript
-module(rx_capture_types).
-export([main/1]).
-mode(compile).
%% Exercises: the capture option: all, all_but_first, first, none, all_names with index, list and binary; with global

main(_) ->
    S = "k1=v1; k2=v2",
    P = "(\\w+)=(\\w+)",
    lists:foreach(fun(V) ->
                          lists:foreach(fun(T) -> r(S, P, [{capture, V, T}]) end, [index, list, binary]),
                          r(S, P, [global, {capture, V, list}])
                  end,
                  [all, all_but_first, first, none]),
    r(S, P, [{capture, all}]),
    r(S, P, [{capture, first}]),
    r(S, P, [{capture, none}]),
    r(S, "x", [{capture, none}]),
    r(S, P, [{capture, all, list}, {capture, first, binary}]),
    r(S, P, [{capture, []}]),
    r(S, P, [{capture, [], list}]),
    r(S, P, [{capture, all, foo}]),
    r(S, P, [{capture, foo}]),
    r(S, P, [{capture, [-1]}]),
    r(S, P, [{capture, [1.5]}]),
    r(S, P, [{capture}]),
    r(S, P).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
