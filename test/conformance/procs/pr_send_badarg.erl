#!/usr/bin/env escript
-module(pr_send_badarg).
-export([main/1]).
-mode(compile).
%% Exercises: sending to something that is neither a pid, a port, an atom nor {Name, Node}: badarg

try_send(Dest) ->
    try id(Dest) ! msg of
        V -> {ok, V}
    catch
        C:E:S -> {C, E, hd(S)}
    end.

main(_) ->
    io:format("~p~n", [try_send(42)]),
    io:format("~p~n", [try_send("name")]),
    io:format("~p~n", [try_send(<<"bin">>)]),
    io:format("~p~n", [try_send(3.5)]),
    io:format("~p~n", [try_send({a, b, c})]),
    io:format("~p~n", [try_send({1, 2})]),
    io:format("~p~n", [try_send({name})]),
    io:format("~p~n", [try_send(#{})]),
    io:format("~p~n", [try_send([])]),
    R = try erlang:send(id(42), msg) catch C:E -> {C, E} end,
    io:format("~p~n", [R]),
    R2 = try erlang:send(id([self()]), msg, []) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]),
    %% nothing was delivered to self
    io:format("~p~n", [process_info(self(), message_queue_len)]).

id(X) -> X.
