#!/usr/bin/env escript
-module(gs_basic_hef).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: handle_event_function mode with tuple states, all event types seen by
%% handle_event/4, next_state to a complex state, call/3 with a timeout

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P, {push, a})]),
    io:format("~p~n", [gen_statem:call(P, {push, b}, 1000)]),
    gen_statem:cast(P, {push, c}),
    P ! {push, d},
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, state)]),
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, state)]),
    ok = gen_statem:stop(P).

init([]) -> {ok, {stack, 0}, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {push, X}, {stack, N}, L) ->
    {next_state, {stack, N + 1}, [X | L], [{reply, From, {pushed, X, N + 1}}]};
handle_event(cast, {push, X}, {stack, N}, L) ->
    {next_state, {stack, N + 1}, [X | L]};
handle_event(info, {push, X}, {stack, N}, L) ->
    {next_state, {stack, N + 1}, [X | L]};
handle_event({call, From}, pop, {stack, 0}, []) ->
    {keep_state_and_data, [{reply, From, empty}]};
handle_event({call, From}, pop, {stack, N}, [X | L]) ->
    {next_state, {stack, N - 1}, L, [{reply, From, X}]};
handle_event({call, From}, state, State, Data) ->
    {keep_state_and_data, [{reply, From, {State, Data}}]}.
