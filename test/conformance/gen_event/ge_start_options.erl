#!/usr/bin/env escript
-module(ge_start_options).
-export([main/1]).
-mode(compile).
%% Exercises: start options: spawn_opt, timeout, hibernate_after, debug; the manager's process flags

main(_) ->
    {ok, M} = gen_event:start([{spawn_opt, [{message_queue_data, on_heap}]}, {timeout, 500}]),
    io:format("~p~n", [process_info(M, [trap_exit, initial_call])]),
    {dictionary, D} = process_info(M, dictionary),
    io:format("~p~n", [lists:keyfind('$initial_call', 1, D)]),
    io:format("~p~n", [length(element(2, lists:keyfind('$ancestors', 1, D)))]),
    ok = gen_event:stop(M),
    {ok, L} = gen_event:start_link({local, ge_start_options_l}, [{hibernate_after, infinity}]),
    io:format("~p~n", [process_info(L, [registered_name, links])  =/= undefined]),
    io:format("~p~n", [sys:get_state(L)]),
    ok = gen_event:stop(L),
    {ok, D2} = gen_event:start([{debug, [statistics]}]),
    {ok, Stats} = sys:statistics(D2, get),
    io:format("~p~n", [lists:sort([K || {K, _} <- Stats])]),
    ok = gen_event:stop(D2),
    io:format("done~n").
