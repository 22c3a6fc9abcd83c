#!/usr/bin/env escript
-module(sysm_terminate).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).
-mode(compile).
%% Exercises: sys:terminate/2,3: terminate/2 is called with the reason, a non-normal
%% reason gives the terminating report; a suspended server can be terminated; errors
%% for a dead server

init(S) -> {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
terminate(Reason, S) -> io:format("terminate ~p ~p~n", [Reason, S]).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, one, []),
    M = monitor(process, P),
    io:format("~p~n", [sys:terminate(P, normal)]),
    receive {'DOWN', M, _, _, R} -> io:format("down ~p~n", [R]) end,
    {ok, P2} = gen_server:start(?MODULE, two, []),
    M2 = monitor(process, P2),
    ok = sys:suspend(P2),
    io:format("~p~n", [sys:terminate(P2, {shutdown, x}, 1000)]),
    receive {'DOWN', M2, _, _, R2} -> io:format("down ~p~n", [R2]) end,
    {ok, P3} = gen_server:start(?MODULE, three, []),
    M3 = monitor(process, P3),
    ok = sys:terminate(P3, odd),
    receive {'DOWN', M3, _, _, R3} -> timer:sleep(100), io:format("down ~p~n", [R3]) end,
    io:format("~p~n", [catch sys:terminate(P3, normal)]),
    io:format("~p~n", [catch sys:suspend(P3)]),
    io:format("~p~n", [catch sys:trace(P3, true)]),
    io:format("~p~n", [catch sys:change_code(P3, m, v, x)]),
    ok.
