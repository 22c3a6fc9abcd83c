#!/usr/bin/env escript
-module(sysm_log).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:log/2,3: log true, get (the events, oldest first), print (*DBG*
%% lines), a log of N events that drops the oldest, log false; the logged events in
%% the terminating report ("** Log ==")

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(crash, _S) -> erlang:error(crash_with_log);
handle_cast(N, _S) -> {noreply, N}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, 0, []),
    io:format("~p~n", [sys:log(P, true)]),
    gen_server:cast(P, 1),
    _ = gen_server:call(P, get),
    io:format("~p~n", [calls_hidden(sys:log(P, get))]),
    io:format("~p~n", [sys:log(P, print)]),
    io:format("~p~n", [sys:log(P, {true, 3}, 1000)]),
    [gen_server:cast(P, N) || N <- [2, 3, 4, 5]],
    io:format("~p~n", [calls_hidden(sys:log(P, get))]),
    io:format("~p~n", [sys:log(P, false)]),
    io:format("~p~n", [sys:log(P, get)]),
    ok = sys:log(P, true),
    gen_server:cast(P, 6),
    M = monitor(process, P),
    gen_server:cast(P, crash),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100) end,
    ok.

%% a call's From holds a reference, whose width would change the line breaks
calls_hidden({ok, Events}) ->
    [case E of
         {in, {'$gen_call', _From, Req}} -> {in, call, Req};
         {out, Reply, _To, State} -> {out, Reply, State};
         _ -> E
     end || E <- Events].
