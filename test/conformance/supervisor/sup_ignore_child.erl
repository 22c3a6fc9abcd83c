#!/usr/bin/env escript
-module(sup_ignore_child).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: a child start function returning ignore: a permanent child stays
%% as a spec with pid undefined (restart_child can start it later), a temporary
%% one is dropped.

init(_) -> {ok, {#{strategy => one_for_all},
                 [#{id => p, start => {?MODULE, start_w, [p]}},
                  #{id => t, start => {?MODULE, start_w, [t]}, restart => temporary},
                  #{id => r, start => {?MODULE, start_w, [r]}}]}}.

start_w(Id) ->
    case get(Id) of
        undefined -> put(Id, started_once), ignore;
        _ -> {ok, spawn_link(fun() -> receive _ -> ok end end)}
    end.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    {ok, P} = supervisor:restart_child(S, p),
    io:format("~p~n", [is_pid(P)]),
    io:format("~p~n", [[{Id, is_pid(X)} || {Id, X, _, _} <- supervisor:which_children(S)]]),
    io:format("~p~n", [supervisor:restart_child(S, t)]),
    exit(P, kill),
    timer:sleep(50),
    io:format("~p~n", [[{Id, is_pid(X)} || {Id, X, _, _} <- supervisor:which_children(S)]]),
    unlink(S), exit(S, kill).
