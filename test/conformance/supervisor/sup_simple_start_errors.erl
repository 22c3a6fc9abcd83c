#!/usr/bin/env escript
-module(sup_simple_start_errors).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: start_child on a simple_one_for_one supervisor when the start
%% function returns ignore, an error, something else, {ok, Pid, Info}; no
%% reports for these; the children that did start.

init(_) -> {ok, {{simple_one_for_one, 1, 5}, [{d, {?MODULE, start_w, []}, transient, 100, supervisor, dynamic}]}}.

start_w(ok) -> {ok, spawn_link(fun() -> receive _ -> ok end end)};
start_w(info) -> {ok, spawn_link(fun() -> receive _ -> ok end end), info};
start_w(ignore) -> ignore;
start_w(error) -> {error, refused};
start_w(odd) -> {ok, not_a_pid};
start_w(exit) -> exit(out).

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    [begin
         R = supervisor:start_child(S, [How]),
         io:format("~p: ~p~n", [How, case R of
                                         {ok, P} when is_pid(P) -> ok_pid;
                                         {ok, P, I} when is_pid(P) -> {ok_pid, I};
                                         _ -> R
                                     end])
     end || How <- [ok, info, ignore, error, odd, exit]],
    io:format("~p~n", [supervisor:count_children(S)]),
    io:format("~p~n", [[{Id, is_pid(P), T, M} || {Id, P, T, M} <- supervisor:which_children(S)]]),
    {error, {'EXIT', {Why, [Top | _]}}} = supervisor:start_child(S, not_a_list),
    io:format("~p ~p~n", [Why, Top]),
    unlink(S), exit(S, kill).
