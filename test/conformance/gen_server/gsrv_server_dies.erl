#!/usr/bin/env escript
-module(gsrv_server_dies).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: the caller's exit when the server dies during the call: killed, an
%% exit/1 in the callback, {stop, normal, S} without a reply, a process that exits
%% normally

init(S) -> {ok, S}.
handle_call(kill_me, _From, S) -> exit(self(), kill), {reply, never, S};
handle_call(exit_me, _From, _S) -> exit(my_reason);
handle_call(stop_no_reply, _From, S) -> {stop, normal, S};
handle_call(shutdown_no_reply, _From, S) -> {stop, {shutdown, bye}, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    [run(R) || R <- [kill_me, exit_me, stop_no_reply, shutdown_no_reply]],
    ok.

run(Req) ->
    {ok, P} = gen_server:start(?MODULE, Req, []),
    R = (catch gen_server:call(P, Req)),
    timer:sleep(50),
    io:format("~p~n", [R]).
