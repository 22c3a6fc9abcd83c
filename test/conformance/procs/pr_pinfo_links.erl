#!/usr/bin/env escript
-module(pr_pinfo_links).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 links as links are created with link/1 and spawn_link and removed

has(P, Item, X) ->
    {Item, L} = process_info(P, Item),
    lists:member(X, L).

main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    P1 = spawn(fun() -> receive stop -> ok end end),
    io:format("before link ~p~n", [has(Me, links, P1)]),
    true = link(P1),
    io:format("after link ~p ~p~n", [has(Me, links, P1), has(P1, links, Me)]),
    true = link(P1),
    {links, L1} = process_info(P1, links),
    io:format("linking twice gives one link ~p~n", [L1]),
    true = unlink(P1),
    io:format("after unlink ~p ~p~n", [has(Me, links, P1), has(P1, links, Me)]),
    P2 = spawn_link(fun() -> receive stop -> ok end end),
    P3 = spawn_link(fun() -> receive stop -> ok end end),
    {links, L} = process_info(Me, links),
    io:format("both linked ~p~n", [lists:member(P2, L) andalso lists:member(P3, L)]),
    P2 ! stop,
    receive {'EXIT', P2, normal} -> ok end,
    io:format("after P2 exit ~p ~p~n", [has(Me, links, P2), has(Me, links, P3)]),
    {links, L3} = process_info(P3, links),
    io:format("P3 links ~p~n", [L3 =:= [Me]]),
    P3 ! stop,
    receive {'EXIT', P3, normal} -> ok end,
    P1 ! stop,
    io:format("no links to children ~p~n", [[X || X <- [P1, P2, P3], has(Me, links, X)]]).
