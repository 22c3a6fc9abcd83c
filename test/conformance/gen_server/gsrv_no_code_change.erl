#!/usr/bin/env escript
-module(gsrv_no_code_change).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:change_code on a server whose module has no code_change/3: the
%% undef comes back as {error, {'EXIT', {undef, ...}}} and the server goes on

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    ok = sys:suspend(P),
    {error, {'EXIT', {undef, [Top | _]}}} = sys:change_code(P, ?MODULE, "1", x),
    io:format("~p~n", [Top]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok.
