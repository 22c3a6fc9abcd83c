#!/usr/bin/env escript
-module(pr_spawn_link).
-export([main/1, quick/0]).
-mode(compile).
%% Exercises: spawn_link/1,3 with trap_exit: the EXIT message for normal and other exits

quick() -> ok.

main(_) ->
    false = process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    receive {'EXIT', P1, R1} -> io:format("exit1 ~p~n", [R1]) end,
    P2 = spawn_link(fun() -> exit(goodbye) end),
    receive {'EXIT', P2, R2} -> io:format("exit2 ~p~n", [R2]) end,
    P3 = spawn_link(?MODULE, quick, []),
    receive {'EXIT', P3, R3} -> io:format("exit3 ~p~n", [R3]) end,
    P4 = spawn_link(fun() -> exit({shaped, [1, 2], <<"x">>}) end),
    receive {'EXIT', P4, R4} -> io:format("exit4 ~p~n", [R4]) end,
    %% the link is visible in both directions while the child runs
    Parent = self(),
    P5 = spawn_link(fun() ->
                            {links, L} = process_info(self(), links),
                            Parent ! {links, L},
                            receive stop -> ok end
                    end),
    receive {links, L5} -> io:format("child links parent ~p~n", [L5 =:= [Parent]]) end,
    {links, ML} = process_info(self(), links),
    io:format("parent links child ~p~n", [lists:member(P5, ML)]),
    P5 ! stop,
    receive {'EXIT', P5, R5} -> io:format("exit5 ~p~n", [R5]) end,
    {links, ML2} = process_info(self(), links),
    io:format("link gone ~p~n", [not lists:member(P5, ML2)]).
