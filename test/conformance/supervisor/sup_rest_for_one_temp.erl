#!/usr/bin/env escript
-module(sup_rest_for_one_temp).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: rest_for_one with temporary and transient children after the
%% crashed one: the temporary one is terminated and dropped, the others come back.

init(_) -> {ok, {{rest_for_one, 5, 60},
                 [#{id => Id, start => {?MODULE, start_w, [Id]}, restart => R}
                  || {Id, R} <- [{a, permanent}, {b, transient}, {c, temporary}, {d, transient}]]}}.

start_w(Id) -> {ok, reg(Id, spawn_link(fun() -> receive X -> exit(X) end end))}.

ids(S) -> [{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)].

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [ids(S)]),
    b ! boom,
    timer:sleep(50),
    io:format("~p~n", [ids(S)]),
    a ! normal,
    timer:sleep(50),
    io:format("~p~n", [ids(S)]),
    d ! normal,
    timer:sleep(50),
    io:format("~p~n", [ids(S)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
