#!/usr/bin/env escript
-module(sysm_get_status).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:get_status/1,2 of gen_servers: {status, Pid, {module, gen_server},
%% [PDict, SysState, Parent, Debug, Formatted]} with the "Status for generic server"
%% header for a pid and a registered name, the dictionary, debug options shown

init(S) -> put(my_key, my_value), {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, {state, 1}, []),
    {status, P1, Mod, [PDict, SysState, Parent, Debug, Misc]} = sys:get_status(P),
    io:format("~p ~p ~p~n", [P1 =:= P, Mod, Parent =:= self()]),
    io:format("~p~n", [lists:keyfind(my_key, 1, PDict)]),
    io:format("~p ~p~n", [SysState, Debug]),
    [{header, H}, {data, D1}, {data, D2}] = Misc,
    io:format("~p~n~p~n~p~n", [H =:= "Status for generic server " ++ pid_to_list(P), D1 -- [{"Parent", self()}], D2]),
    {ok, _} = gen_server:start({local, sysm_named}, ?MODULE, named, [{debug, [log]}]),
    {status, _, _, [_, _, _, Debug2, Misc2]} = sys:get_status(sysm_named, 1000),
    io:format("~p~n~p~n", [Debug2, Misc2 -- [lists:keyfind(data, 1, Misc2)]]),
    ok.
