#!/usr/bin/env escript
-module(gsrv_continue).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_continue/2]).
-mode(compile).
%% Exercises: handle_continue/2: runs before the next message, chains of continues,
%% {stop, R, S} from a continue, a crash in handle_continue (report, reason with the
%% frames of try_dispatch/4 and loop/7)

init(N) -> {ok, [], {continue, {count, N}}}.

handle_continue({count, 0}, S) -> {noreply, [done | S]};
handle_continue({count, N}, S) -> {noreply, [N | S], {continue, {count, N - 1}}};
handle_continue(stop, S) -> {stop, normal, S};
handle_continue(crash, S) -> {noreply, [element(5, list_to_tuple(S)) | S]}.

handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call(stop, _From, S) -> {reply, stopping, S, {continue, stop}};
handle_call(crash, _From, S) -> {reply, crashing, S, {continue, crash}}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, 3, []),
    io:format("~p~n", [gen_server:call(P, get)]),
    M = monitor(process, P),
    io:format("~p~n", [gen_server:call(P, stop)]),
    receive {'DOWN', M, _, _, R} -> io:format("down ~p~n", [R]) end,
    {ok, P2} = gen_server:start(?MODULE, 1, []),
    M2 = monitor(process, P2),
    C = gen_server:call(P2, crash),
    receive {'DOWN', M2, _, _, R2} -> timer:sleep(100), io:format("~p~ndown ~p~n", [C, R2]) end,
    ok.
