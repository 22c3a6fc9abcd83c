#!/usr/bin/env escript
-module(gs_sys_state).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: sys:get_state/1 gives {State, Data}; sys:replace_state/2 with a fun on
%% {State, Data}; the machine runs on in the new state; suspend/resume keep events

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [sys:replace_state(P, fun ({S, D}) -> {S, [replaced | D]} end)]),
    io:format("~p~n", [sys:replace_state(P, fun ({_, D}) -> {other, D} end)]),
    io:format("~p~n", [gen_statem:call(P, get)]),
    ok = sys:suspend(P),
    gen_statem:cast(P, {add, while_suspended}),
    io:format("~p~n", [sys:get_state(P)]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_statem:call(P, get)]),
    {'EXIT', {Reason, _}} = (catch sys:replace_state(P, fun (_) -> error(oops) end)),
    io:format("~p~n", [Reason]),
    io:format("~p~n", [sys:get_state(P, 1000)]),
    gen_statem:stop(P).

init([]) -> {ok, first, []}.
callback_mode() -> handle_event_function.

handle_event(cast, {add, X}, _, D) -> {keep_state, [X | D]};
handle_event({call, From}, get, S, D) -> {keep_state_and_data, [{reply, From, {S, D}}]}.
