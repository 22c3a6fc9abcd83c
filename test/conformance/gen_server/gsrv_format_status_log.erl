#!/usr/bin/env escript
-module(gsrv_format_status_log).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/2]).
-mode(compile).
%% Exercises: format_status/2 applied to the states in logged events of the
%% terminating report and of get_status (the {debug, [log]} option)

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, ok, S}.
handle_cast(crash, _S) -> erlang:error(crashed);
handle_cast(N, {secret, _}) -> {noreply, {secret, N}}.
format_status(_Opt, [_PDict, {secret, _}]) -> [{data, [{"State", '***'}]}].

main(_) ->
    {ok, P} = gen_server:start(?MODULE, {secret, 0}, [{debug, [log]}]),
    gen_server:cast(P, 1),
    gen_server:cast(P, 2),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    {data, D} = lists:keyfind(data, 1, Misc),
    io:format("~p~n", [lists:keyfind("Logged events", 1, D)]),
    M = monitor(process, P),
    gen_server:cast(P, crash),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100) end,
    ok.
