#!/usr/bin/env escript
-module(sup_callback_module).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: supervisor:get_callback_module/1 (through sys:get_status and the
%% supervisor's format_status) and the status's supervisor section.

init(_) -> {ok, {{one_for_one, 1, 5}, [#{id => w, start => {?MODULE, start_w, []}}]}}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, S} = supervisor:start_link({local, cbm_sup}, ?MODULE, []),
    io:format("~p~n", [supervisor:get_callback_module(S)]),
    {status, P, {module, Mod}, [_PDict, SysState, Parent, _Dbg, Misc]} = sys:get_status(cbm_sup),
    io:format("~p ~p ~p ~p~n", [P =:= S, Mod, SysState, Parent =:= self()]),
    io:format("~p~n", [lists:keyfind(supervisor, 1, Misc)]),
    [State] = [St || {data, [{"State", St}]} <- Misc],
    io:format("~p ~p~n", [element(1, State), element(2, State)]),
    unlink(S), exit(S, kill).
