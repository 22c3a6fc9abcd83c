#!/usr/bin/env escript
-module(pr_recv_bad_timeout).
-export([main/1]).
-mode(compile).
%% Exercises: invalid receive timeouts raise timeout_value (negative, atom, float, other terms)

wait(T) ->
    receive
        never_sent -> no
    after T -> timed_out
    end.

try_wait(T) ->
    try wait(T) of
        V -> {ok, V}
    catch
        C:E:S -> {C, E, hd(S)}
    end.

main(_) ->
    io:format("~p~n", [try_wait(id(-1))]),
    io:format("~p~n", [try_wait(id(-1000))]),
    io:format("~p~n", [try_wait(id(foo))]),
    io:format("~p~n", [try_wait(id(1.5))]),
    io:format("~p~n", [try_wait(id(0.0))]),
    io:format("~p~n", [try_wait(id("10"))]),
    io:format("~p~n", [try_wait(id({10}))]),
    io:format("~p~n", [try_wait(id(-(1 bsl 70)))]),
    %% even with a matching message present, the bad timeout is raised
    self() ! never_sent,
    io:format("~p~n", [try_wait(id(bad))]),
    io:format("still queued ~p~n", [process_info(self(), message_queue_len)]),
    %% catch form
    io:format("~p~n", [element(1, element(2, catch wait(id(-5))))]),
    %% valid edge values
    io:format("~p~n", [try_wait(id(0))]),
    io:format("~p~n", [try_wait(id(1))]).

id(X) -> X.
