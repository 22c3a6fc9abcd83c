#!/usr/bin/env escript
-module(sup_temporary).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: temporary children are never restarted and disappear from the
%% supervisor when they end; an abnormal end is still reported.

init(_) -> {ok, {{one_for_one, 10, 10}, [#{id => I, start => {?MODULE, start_w, [I]},
                                          restart => temporary, shutdown => brutal_kill}
                                        || I <- [k1, k2, k3]]}}.

start_w(Name) ->
    {ok, reg(Name, spawn_link(fun() -> receive {die, R} -> exit(R) end end))}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    k1 ! {die, normal},
    k2 ! {die, {bad, thing}},
    timer:sleep(50),
    io:format("~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(S)]]),
    io:format("~p~n", [supervisor:count_children(S)]),
    io:format("~p~n", [supervisor:restart_child(S, k1)]),
    io:format("~p~n", [supervisor:get_childspec(S, k2)]),
    io:format("~p~n", [supervisor:terminate_child(S, k3)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:delete_child(S, k3)]),
    {ok, P} = supervisor:start_child(S, #{id => k4, start => {?MODULE, start_w, [k4]}, restart => temporary}),
    io:format("~p~n", [supervisor:get_childspec(S, k4)]),
    io:format("~p~n", [whereis(k4) =:= P]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
