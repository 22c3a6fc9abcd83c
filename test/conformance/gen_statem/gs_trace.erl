#!/usr/bin/env escript
-module(gs_trace).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: sys debug trace of a state machine: the *DBG* lines for enter, receive,
%% consume (with state change), postpone, next_event, start_timer, reply (send),
%% terminate; the {debug, [trace]} start option

main(_) ->
    {ok, P} = gen_statem:start({local, gs_tr}, ?MODULE, [], [{debug, [trace]}]),
    gen_statem:cast(P, hold),
    R = gen_statem:call(P, go),
    timer:sleep(50),
    io:format("~p~n", [R]),
    ok = sys:trace(P, false),
    gen_statem:cast(P, quiet),
    io:format("~p~n", [gen_statem:call(P, state)]),
    ok = sys:trace(P, true),
    gen_statem:stop(P).

init([]) -> {ok, idle, 0}.
callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _, _, _) -> keep_state_and_data;
handle_event(cast, hold, idle, _) -> {keep_state_and_data, [postpone]};
handle_event({call, From}, go, idle, N) ->
    {next_state, busy, N + 1, [{reply, From, going}, {next_event, internal, work},
                               {state_timeout, 10, done}]};
handle_event(internal, work, busy, N) -> {keep_state, N + 1};
handle_event(cast, hold, busy, N) -> {keep_state, N + 10};
handle_event(state_timeout, done, busy, N) -> {next_state, idle, N};
handle_event(cast, quiet, _, N) -> {keep_state, N + 100};
handle_event({call, From}, state, S, N) -> {keep_state_and_data, [{reply, From, {S, N}}]}.
