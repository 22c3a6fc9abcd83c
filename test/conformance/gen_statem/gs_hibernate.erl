#!/usr/bin/env escript
-module(gs_hibernate).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: hibernate and {hibernate, Bool} actions, the hibernate_after start
%% option: the machine keeps its state and timers and goes on answering

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P, {count, [hibernate]})]),
    timer:sleep(20),
    io:format("~p~n", [gen_statem:call(P, {count, [{hibernate, true}, {state_timeout, 10, st}]})]),
    timer:sleep(30),
    io:format("~p~n", [gen_statem:call(P, {count, [{hibernate, false}]})]),
    gen_statem:stop(P),
    {ok, P2} = gen_statem:start(?MODULE, [], [{hibernate_after, 10}]),
    io:format("~p~n", [gen_statem:call(P2, {count, []})]),
    timer:sleep(40),
    io:format("~p~n", [gen_statem:call(P2, {count, []})]),
    gen_statem:stop(P2),
    io:format("bad: ~p~n", [catch_bad()]).

catch_bad() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {count, [{hibernate, maybe}]}),
    receive {'DOWN', Ref, _, _, {Reason, _}} -> timer:sleep(50), Reason end.

init([]) -> {ok, s, 0}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {count, Actions}, S, N) ->
    {keep_state, N + 1, [{reply, From, {S, N + 1}} | Actions]};
handle_event(cast, {count, Actions}, _, N) -> {keep_state, N + 1, Actions};
handle_event(state_timeout, st, s, N) -> {next_state, timed_out, N}.
