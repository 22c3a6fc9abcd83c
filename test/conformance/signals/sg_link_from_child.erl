#!/usr/bin/env escript
-module(sg_link_from_child).
-export([main/1]).
-mode(compile).
%% Exercises: a link made by the child with link(Parent): either side's death reaches the other

main(_) ->
    Main = self(),
    process_flag(trap_exit, true),
    C = spawn(fun() -> link(Main), Main ! linked, receive go -> exit(child_quit) end end),
    receive linked -> ok end,
    {links, L} = process_info(self(), links),
    io:format("main linked ~p~n", [lists:member(C, L)]),
    C ! go,
    receive {'EXIT', C, R} -> io:format("main got ~p~n", [R]) end,
    %% the parent dies: the child that linked to it dies too
    {Parent, RefP} = spawn_monitor(fun() ->
                                           Me = self(),
                                           K = spawn(fun() -> link(Me), Me ! linked, receive after infinity -> ok end end),
                                           receive linked -> ok end,
                                           Main ! {kid, K},
                                           receive go -> exit(parent_quit) end
                                   end),
    K = receive {kid, X} -> X end,
    RefK = monitor(process, K),
    Parent ! go,
    receive {'DOWN', RefP, process, Parent, RP} -> io:format("parent ~p~n", [RP]) end,
    receive {'DOWN', RefK, process, K, RK} -> io:format("kid ~p~n", [RK]) end.
