#!/usr/bin/env escript
-module(gs_push_module).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, s/3, terminate/3]).
-mode(compile).
%% Exercises: push_callback_module, pop_callback_module and change_callback_module:
%% callback_mode/0 is asked again (here it answers from the process dictionary), later
%% events follow the new mode; the modules list in the report; pop with one module
%% left is a bad action

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P, who)]),
    io:format("~p~n", [gen_statem:call(P, {push, state_functions})]),
    io:format("~p~n", [gen_statem:call(P, who)]),
    io:format("~p~n", [gen_statem:call(P, pop)]),
    io:format("~p~n", [gen_statem:call(P, who)]),
    io:format("~p~n", [gen_statem:call(P, {push, state_functions})]),
    Ref = monitor(process, P),
    gen_statem:cast(P, crash),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason]) end,
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P2, {change, state_functions})]),
    io:format("~p~n", [gen_statem:call(P2, who)]),
    Ref2 = monitor(process, P2),
    gen_statem:cast(P2, pop),
    receive {'DOWN', Ref2, process, P2, {Reason2, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason2]) end.

init([]) -> put(mode, handle_event_function), {ok, s, []}.
callback_mode() -> get(mode).

handle_event({call, From}, who, S, _) -> {keep_state_and_data, [{reply, From, {handle_event, S}}]};
handle_event({call, From}, {push, M}, _, _) ->
    put(mode, M), {keep_state_and_data, [{push_callback_module, ?MODULE}, {reply, From, pushed}]};
handle_event({call, From}, {change, M}, _, _) ->
    put(mode, M), {keep_state_and_data, [{change_callback_module, ?MODULE}, {reply, From, changed}]};
handle_event(cast, pop, _, _) -> {keep_state_and_data, [pop_callback_module]}.

s({call, From}, who, _) -> {keep_state_and_data, [{reply, From, {state_function, s}}]};
s({call, From}, pop, _) ->
    put(mode, handle_event_function), {keep_state_and_data, [pop_callback_module, {reply, From, popped}]};
s(cast, pop, _) -> {keep_state_and_data, [pop_callback_module]};
s(cast, crash, _) -> error(crash_in_s).

terminate(R, S, _) -> io:format("terminate ~p in ~p~n", [R, S]).
