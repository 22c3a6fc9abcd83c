#!/usr/bin/env escript
-module(gs_sys_terminate).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: sys:terminate/2,3 of a state machine: terminate/3 gets the reason, an
%% abnormal one is reported (no last event; OTP's stack from system_terminate); a
%% suspended machine terminates too

main(_) ->
    {ok, P1} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [sys:terminate(P1, normal)]),
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    ok = sys:suspend(P2),
    io:format("~p~n", [sys:terminate(P2, {shutdown, suspended}, 1000)]),
    {ok, P3} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P3, {set, 42}),
    R = sys:terminate(P3, going_down),
    timer:sleep(50),
    io:format("~p ~p~n", [R, is_process_alive(P3)]).

init([]) -> {ok, s, 0}.
callback_mode() -> handle_event_function.

handle_event(cast, {set, N}, _, _) -> {keep_state, N}.

terminate(Reason, State, Data) -> io:format("terminate ~p ~p ~p~n", [Reason, State, Data]).
