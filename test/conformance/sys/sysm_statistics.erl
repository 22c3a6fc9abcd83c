#!/usr/bin/env escript
-module(sysm_statistics).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:statistics/2,3: counts of messages in and out, the keys of the
%% result, no_statistics when off; sys:no_debug/1 turns everything off

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    io:format("~p~n", [sys:statistics(P, get)]),
    io:format("~p~n", [sys:statistics(P, true)]),
    _ = gen_server:call(P, get),
    _ = gen_server:call(P, get),
    gen_server:cast(P, x),
    P ! info,
    timer:sleep(50),
    {ok, Stats} = sys:statistics(P, get, 1000),
    io:format("~p~n", [[K || {K, _} <- Stats]]),
    io:format("~p ~p~n", [lists:keyfind(messages_in, 1, Stats), lists:keyfind(messages_out, 1, Stats)]),
    {reductions, R} = lists:keyfind(reductions, 1, Stats),
    io:format("~p~n", [is_integer(R) andalso R >= 0]),
    io:format("~p~n", [sys:statistics(P, false)]),
    io:format("~p~n", [sys:statistics(P, get)]),
    ok = sys:statistics(P, true),
    ok = sys:trace(P, true),
    io:format("~p~n", [sys:no_debug(P)]),
    _ = gen_server:call(P, get),
    io:format("~p~n", [sys:statistics(P, get)]),
    ok.
