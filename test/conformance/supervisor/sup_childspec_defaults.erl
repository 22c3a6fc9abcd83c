#!/usr/bin/env escript
-module(sup_childspec_defaults).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: get_childspec/2 shows the defaults filled in (restart, shutdown
%% 5000 for a worker and infinity for a supervisor, modules, significant),
%% by id and by pid; tuple specs come back as maps.

init(_) ->
    {ok, {#{strategy => one_for_one},
          [#{id => w, start => {?MODULE, start_w, []}},
           #{id => s, start => {?MODULE, start_w, []}, type => supervisor},
           #{id => {any, "term"}, start => {?MODULE, start_w, []}, modules => dynamic,
             shutdown => brutal_kill, restart => transient},
           {t, {?MODULE, start_w, []}, temporary, 10, worker, [a, b]}]}}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    [io:format("~p~n", [supervisor:get_childspec(S, Id)]) || Id <- [w, s, {any, "term"}, t, nope]],
    [{_, P, _, _} | _] = supervisor:which_children(S),
    io:format("~p~n", [supervisor:get_childspec(S, P)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    unlink(S), exit(S, kill).
