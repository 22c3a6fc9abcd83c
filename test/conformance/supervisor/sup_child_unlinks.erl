#!/usr/bin/env escript
-module(sup_child_unlinks).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: a child that unlinks from its supervisor and dies is not noticed:
%% which_children still shows its pid, count_children does not count it as
%% active, and terminate_child reports shutdown_error noproc.

init(_) -> {ok, {{one_for_one, 1, 5}, [#{id => u, start => {?MODULE, start_w, []}}]}}.

start_w() ->
    Sup = self(),
    {ok, spawn_link(fun() -> receive go -> unlink(Sup), exit(quietly) end end)}.

main(_) ->
    {ok, S} = supervisor:start_link({local, cu_sup}, ?MODULE, []),
    [{u, P, worker, _}] = supervisor:which_children(S),
    M = monitor(process, P),
    P ! go,
    receive {'DOWN', M, _, _, R} -> io:format("child down ~p~n", [R]) end,
    timer:sleep(20),
    io:format("~p~n", [[{Id, X =:= P} || {Id, X, _, _} <- supervisor:which_children(S)]]),
    io:format("~p~n", [supervisor:count_children(S)]),
    Res = supervisor:terminate_child(S, u),
    timer:sleep(50),
    io:format("~p~n", [Res]),
    io:format("~p~n", [supervisor:which_children(S)]),
    unlink(S), exit(S, kill).
