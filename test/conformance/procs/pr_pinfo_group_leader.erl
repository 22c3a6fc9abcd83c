#!/usr/bin/env escript
-module(pr_pinfo_group_leader).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 group_leader: children inherit the parent's group leader; group_leader/0

main(_) ->
    {group_leader, GL} = process_info(self(), group_leader),
    io:format("is pid ~p~n", [is_pid(GL)]),
    io:format("same as group_leader() ~p~n", [GL =:= group_leader()]),
    Me = self(),
    P = spawn(fun() -> Me ! {gl, group_leader()}, receive stop -> ok end end),
    receive {gl, CGL} -> io:format("child's own view equals parent's ~p~n", [CGL =:= GL]) end,
    {group_leader, PGL} = process_info(P, group_leader),
    io:format("process_info of child equals parent's ~p~n", [PGL =:= GL]),
    %% a grandchild too
    spawn(fun() -> spawn(fun() -> Me ! {ggl, group_leader()} end) end),
    receive {ggl, GGL} -> io:format("grandchild ~p~n", [GGL =:= GL]) end,
    %% output from a child goes through the same group leader
    Q = spawn(fun() -> io:format("printed by child~n"), Me ! printed end),
    receive printed -> ok end,
    io:format("q is pid ~p~n", [is_pid(Q)]),
    P ! stop.
