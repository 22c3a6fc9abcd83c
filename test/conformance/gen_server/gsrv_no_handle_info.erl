#!/usr/bin/env escript
-module(gsrv_no_handle_info).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: a message to a server without handle_info/2: the warning report
%% "Undefined handle_info" (a WARNING REPORT); the server goes on

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(x, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, state, []),
    P ! {unexpected, message},
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok.
