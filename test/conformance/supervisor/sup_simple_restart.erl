#!/usr/bin/env escript
-module(sup_simple_restart).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: simple_one_for_one with permanent and transient children: a
%% crashed child is restarted with the arguments it was started with; the
%% report shows them in mfargs.

init(R) -> {ok, {{simple_one_for_one, 10, 60}, [{w, {?MODULE, start_w, [R]}, R, 1000, worker, [?MODULE]}]}}.

start_w(_R, Name) -> {ok, reg(Name, spawn_link(fun() -> receive {die, X} -> exit(X) end end))}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, permanent),
    [{ok, _} = supervisor:start_child(S, [N]) || N <- [n1, n2]],
    n1 ! {die, oops},
    timer:sleep(50),
    io:format("n1 back ~p~n", [is_pid(whereis(n1))]),
    n2 ! {die, normal},
    timer:sleep(50),
    io:format("n2 back ~p~n", [is_pid(whereis(n2))]),
    io:format("~p~n", [supervisor:count_children(S)]),
    {ok, T} = supervisor:start_link(?MODULE, transient),
    [{ok, _} = supervisor:start_child(T, [N]) || N <- [m1, m2, m3]],
    m1 ! {die, normal},
    m2 ! {die, {shutdown, bye}},
    m3 ! {die, bad},
    timer:sleep(50),
    io:format("~p~n", [[is_pid(whereis(N)) || N <- [m1, m2, m3]]]),
    io:format("~p~n", [supervisor:count_children(T)]),
    unlink(S), exit(S, kill), unlink(T), exit(T, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
