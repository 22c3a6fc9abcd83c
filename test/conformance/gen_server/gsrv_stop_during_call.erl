#!/usr/bin/env escript
-module(gsrv_stop_during_call).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).
-mode(compile).
%% Exercises: {stop, Reason, Reply, S}: the reply reaches the caller after
%% terminate/2 has run; with a non-normal reason the report names the call; other
%% callers waiting on the server get its exit reason

init(S) -> {ok, S}.
handle_call(stop_reply, _From, S) -> {stop, normal, {bye, S}, S};
handle_call(stop_odd, _From, S) -> {stop, odd_reason, {bye, S}, S};
handle_call(wait, _From, S) -> {noreply, S}.
handle_cast(_, S) -> {noreply, S}.
terminate(R, S) -> io:format("terminate ~p ~p~n", [R, S]).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, one, []),
    io:format("~p~n", [gen_server:call(P, stop_reply)]),
    {ok, P2} = gen_server:start(?MODULE, two, []),
    Self = self(),
    spawn(fun() -> Self ! {waiter, catch gen_server:call(P2, wait)} end),
    timer:sleep(20),
    R = gen_server:call(P2, stop_odd),
    receive {waiter, W} -> timer:sleep(100), io:format("~p~n~p~n", [R, W]) end,
    ok.
