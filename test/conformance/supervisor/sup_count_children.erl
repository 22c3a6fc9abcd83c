#!/usr/bin/env escript
-module(sup_count_children).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: count_children with workers and supervisors, running and not
%% (terminated, ignored), and nested supervisors' own counts.

init(top) ->
    {ok, {{one_for_one, 1, 5},
          [#{id => w1, start => {?MODULE, start_w, []}},
           #{id => w2, start => {?MODULE, start_w, []}},
           #{id => sub, start => {supervisor, start_link, [?MODULE, sub]}, type => supervisor},
           #{id => ig, start => {supervisor, start_link, [?MODULE, ignore]}, type => supervisor}]}};
init(sub) ->
    {ok, {{one_for_all, 1, 5}, [#{id => sw, start => {?MODULE, start_w, []}}]}};
init(ignore) -> ignore.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, top),
    io:format("~p~n", [supervisor:count_children(S)]),
    io:format("~p~n", [[{Id, is_pid(P), T, M} || {Id, P, T, M} <- supervisor:which_children(S)]]),
    {sub, Sub, supervisor, _} = lists:keyfind(sub, 1, supervisor:which_children(S)),
    io:format("~p~n", [supervisor:count_children(Sub)]),
    ok = supervisor:terminate_child(S, w2),
    io:format("~p~n", [supervisor:count_children(S)]),
    ok = supervisor:terminate_child(S, sub),
    io:format("~p~n", [supervisor:count_children(S)]),
    io:format("~p~n", [is_process_alive(Sub)]),
    unlink(S), exit(S, kill).
