#!/usr/bin/env escript
-module(sup_child_ops).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: terminate_child, restart_child and delete_child by id, and their
%% errors (running, not_found); terminate_child by pid on a static supervisor.

init(_) -> {ok, {{one_for_one, 3, 10}, [{Id, {?MODULE, start_w, [Id]}, permanent, 100, worker, []} || Id <- [x, y]]}}.

start_w(Id) -> {ok, reg(Id, spawn_link(fun() -> receive _ -> ok end end))}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    X = whereis(x),
    io:format("~p~n", [supervisor:restart_child(S, x)]),
    io:format("~p~n", [supervisor:delete_child(S, x)]),
    io:format("~p~n", [supervisor:terminate_child(S, X)]),
    io:format("~p~n", [supervisor:terminate_child(S, x)]),
    io:format("alive ~p, registered ~p~n", [is_process_alive(X), whereis(x)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:terminate_child(S, x)]),
    {ok, X2} = supervisor:restart_child(S, x),
    io:format("~p~n", [X2 =:= whereis(x)]),
    io:format("~p~n", [supervisor:terminate_child(S, x)]),
    io:format("~p~n", [supervisor:delete_child(S, x)]),
    io:format("~p~n", [supervisor:delete_child(S, x)]),
    io:format("~p~n", [supervisor:restart_child(S, x)]),
    io:format("~p~n", [supervisor:terminate_child(S, x)]),
    io:format("~p~n", [supervisor:get_childspec(S, x)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
