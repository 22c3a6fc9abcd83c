#!/usr/bin/env escript
-module(sup_named).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: supervisor names: {local, N}, {global, N}, {via, global, N};
%% calls through each; already_started; the name in reports.

init(_) -> {ok, {{one_for_one, 1, 5}, [#{id => w, start => {?MODULE, start_w, []}}]}}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, L} = supervisor:start_link({local, sn_local}, ?MODULE, []),
    {ok, G} = supervisor:start_link({global, sn_global}, ?MODULE, []),
    {ok, V} = supervisor:start_link({via, global, sn_via}, ?MODULE, []),
    io:format("~p~n", [[whereis(sn_local) =:= L, global:whereis_name(sn_global) =:= G,
                        global:whereis_name(sn_via) =:= V]]),
    io:format("~p~n", [supervisor:start_link({local, sn_local}, ?MODULE, []) =:= {error, {already_started, L}}]),
    io:format("~p~n", [supervisor:start_link({global, sn_global}, ?MODULE, []) =:= {error, {already_started, G}}]),
    io:format("~p~n", [[length(supervisor:which_children(N)) || N <- [sn_local, {global, sn_global}, {via, global, sn_via}]]]),
    [begin
         {w, P, _, _} = hd(supervisor:which_children(N)),
         exit(P, die),
         timer:sleep(50)
     end || N <- [sn_local, {global, sn_global}, {via, global, sn_via}]],
    io:format("~p~n", [catch supervisor:which_children(sn_nobody)]),
    io:format("~p~n", [catch supervisor:count_children({global, sn_nobody})]),
    [begin unlink(P), exit(P, kill) end || P <- [L, G, V]],
    ok.
