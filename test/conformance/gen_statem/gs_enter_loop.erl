#!/usr/bin/env escript
-module(gs_enter_loop).
-export([main/1]).
-export([callback_mode/0, handle_event/4, start_plain/2, start_named/2, start_actions/1]).
-mode(compile).
%% Exercises: enter_loop/4,5,6 from a proc_lib process: with no name, with a registered
%% name (enter_loop/5 with {local, N}), with actions (enter_loop/5 with a list and
%% enter_loop/6); the initial state enter call

main(_) ->
    {ok, P1} = proc_lib:start(?MODULE, start_plain, [self(), []]),
    io:format("plain ~p~n", [gen_statem:call(P1, get)]),
    {ok, P2} = proc_lib:start(?MODULE, start_named, [self(), {local, gs_el}]),
    io:format("named ~p ~p~n", [gen_statem:call(gs_el, get), whereis(gs_el) =:= P2]),
    {ok, P3} = proc_lib:start(?MODULE, start_actions, [five]),
    io:format("actions/5 ~p~n", [gen_statem:call(P3, get)]),
    {ok, P4} = proc_lib:start(?MODULE, start_actions, [six]),
    io:format("actions/6 ~p~n", [gen_statem:call(P4, get)]),
    [gen_statem:stop(P) || P <- [P1, P2, P3, P4]],
    ok.

start_plain(Parent, []) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    gen_statem:enter_loop(?MODULE, [], plain, []).

start_named(Parent, {local, Name}) ->
    register(Name, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    gen_statem:enter_loop(?MODULE, [], named, [], {local, Name}).

start_actions(five) ->
    proc_lib:init_ack({ok, self()}),
    gen_statem:enter_loop(?MODULE, [], with_actions, [], [{next_event, internal, five}]);
start_actions(six) ->
    proc_lib:init_ack({ok, self()}),
    gen_statem:enter_loop(?MODULE, [], with_actions, [], self(), {next_event, internal, six}).

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, Old, State, L) -> {keep_state, [{enter, Old, State} | L]};
handle_event(internal, X, _, L) -> {keep_state, [{internal, X} | L]};
handle_event({call, From}, get, State, L) -> {keep_state_and_data, [{reply, From, {State, lists:reverse(L)}}]}.
