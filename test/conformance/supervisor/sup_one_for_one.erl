#!/usr/bin/env escript
-module(sup_one_for_one).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: one_for_one restarts only the child that died; which_children and
%% count_children before and after; the child_terminated report.

init(Specs) -> {ok, {{one_for_one, 5, 10}, Specs}}.

start_w(Name) ->
    {ok, reg(Name, spawn_link(fun() -> receive stop -> ok end end))}.

spec(Id) -> {Id, {?MODULE, start_w, [Id]}, permanent, 1000, worker, [?MODULE]}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, [spec(a), spec(b), spec(c)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    A = whereis(a), C = whereis(c), B = whereis(b),
    exit(B, crash),
    timer:sleep(50),
    io:format("a same ~p, c same ~p, b same ~p~n",
              [whereis(a) =:= A, whereis(c) =:= C, whereis(b) =:= B]),
    io:format("~p~n", [supervisor:which_children(S)]),
    whereis(b) ! stop,
    timer:sleep(50),
    io:format("b back: ~p~n", [is_pid(whereis(b))]),
    io:format("~p~n", [supervisor:count_children(S)]),
    unlink(S),
    M = monitor(process, S),
    exit(S, shutdown),
    receive {'DOWN', M, _, _, R} -> io:format("sup down: ~p~n", [R]) end,
    io:format("children gone: ~p~n", [[whereis(X) || X <- [a, b, c]]]).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
