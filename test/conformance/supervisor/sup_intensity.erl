#!/usr/bin/env escript
-module(sup_intensity).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: more than `intensity` restarts within `period`: the supervisor
%% reports reached_max_restart_intensity, terminates and exits with shutdown.

init(_) -> {ok, {{one_for_one, 2, 3600}, [{w, {?MODULE, start_w, []}, permanent, 100, worker, [?MODULE]}]}}.

start_w() -> {ok, reg(w, spawn_link(fun() -> receive _ -> ok end end))}.

main(_) ->
    {ok, S} = supervisor:start_link({local, sup_int}, ?MODULE, []),
    unlink(S),
    M = monitor(process, S),
    exit(whereis(w), kill), timer:sleep(30),
    exit(whereis(w), {bad, 1}), timer:sleep(30),
    io:format("~p~n", [supervisor:count_children(sup_int)]),
    exit(whereis(w), last),
    receive {'DOWN', M, _, _, R} -> timer:sleep(50), io:format("down: ~p~n", [R]) end,
    io:format("~p ~p~n", [whereis(sup_int), whereis(w)]),
    io:format("~p~n", [catch supervisor:which_children(sup_int)]).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
