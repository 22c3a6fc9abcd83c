#!/usr/bin/env escript
-module(ge_exit_info).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: the manager traps exits: 'EXIT' from other linked processes goes to handle_info

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, a),
    ok = gen_event:add_handler(M, {?MODULE, b}, b),
    ok = gen_event:call(M, {?MODULE, a}, {spawn_link, fine}),
    ok = gen_event:call(M, {?MODULE, a}, {spawn_link, {bad, thing}}),
    timer:sleep(50),
    ok = gen_event:sync_notify(M, sync),
    exit(M, kill_please),
    ok = gen_event:sync_notify(M, sync),
    io:format("alive ~p~n", [is_process_alive(M)]),
    M ! plain_message,
    ok = gen_event:sync_notify(M, sync),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call({spawn_link, R}, S) ->
    spawn_link(fun() -> exit(R) end),
    {ok, ok, S}.

handle_info({'EXIT', P, R}, S) ->
    io:format("~p: EXIT ~p ~p~n", [S, is_pid(P), R]),
    {ok, S};
handle_info(I, S) ->
    io:format("~p: ~p~n", [S, I]),
    {ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
