#!/usr/bin/env escript
-module(pr_spawn_node).
-export([main/1, child/2]).
-mode(compile).
%% Exercises: spawn/2 and spawn/4 with node(), node/1 of pids

child(Parent, Msg) ->
    Parent ! {self(), Msg}.

main(_) ->
    Parent = self(),
    P1 = spawn(node(), fun() -> Parent ! {self(), from_spawn2} end),
    receive {P1, M1} -> io:format("~p~n", [M1]) end,
    P2 = spawn(node(), ?MODULE, child, [Parent, from_spawn4]),
    receive {P2, M2} -> io:format("~p~n", [M2]) end,
    io:format("node of child ~p~n", [node(P1) =:= node()]),
    io:format("node of self ~p~n", [node(self()) =:= node()]),
    io:format("node ~p~n", [node()]),
    P3 = spawn_link(node(), fun() -> Parent ! {self(), from_spawn_link2} end),
    receive {P3, M3} -> io:format("~p~n", [M3]) end,
    P4 = spawn_link(node(), ?MODULE, child, [Parent, from_spawn_link4]),
    receive {P4, M4} -> io:format("~p~n", [M4]) end,
    R = try spawn(id(not_a_node), id(not_a_fun)) catch C:E -> {C, E} end,
    io:format("~p~n", [R]),
    R2 = try spawn(id(42), fun() -> ok end) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]).

id(X) -> X.
