#!/usr/bin/env escript
-module(sup_transient).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: transient children: normal, shutdown and {shutdown, _} exits are
%% not restarted (and not reported); any other reason restarts with a report.

init(_) -> {ok, {{one_for_one, 10, 10}, [#{id => I, start => {?MODULE, start_w, [I]},
                                          restart => transient} || I <- [t1, t2, t3, t4]]}}.

start_w(Name) ->
    {ok, reg(Name, spawn_link(fun() -> receive {die, R} -> exit(R) end end))}.

show(S) ->
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)]]).

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    t1 ! {die, normal},
    t2 ! {die, shutdown},
    t3 ! {die, {shutdown, done}},
    timer:sleep(50),
    show(S),
    io:format("~p~n", [supervisor:count_children(S)]),
    t4 ! {die, {error, bad}},
    timer:sleep(50),
    show(S),
    {ok, _} = supervisor:restart_child(S, t1),
    show(S),
    io:format("~p~n", [supervisor:restart_child(S, t1)]),
    io:format("~p~n", [supervisor:delete_child(S, t2)]),
    show(S),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
