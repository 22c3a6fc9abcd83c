#!/usr/bin/env escript
-module(plib_spawn_opt).
-export([main/1, work/1]).
-mode(compile).
%% Exercises: proc_lib:spawn_opt/2,3,4,5 and spawn/2,4, spawn_link/2,4 with the local
%% node: link and monitor options, a crash of a linked proc_lib process while the
%% caller traps exits (crash report, the 'EXIT' reason)

work(crash) -> receive go -> erlang:error(linked_crash) end;
work(Parent) -> Parent ! {alive, self()}.

main(_) ->
    process_flag(trap_exit, true),
    P1 = proc_lib:spawn(node(), ?MODULE, work, [self()]),
    receive {alive, P1} -> io:format("spawn/4 ok~n") end,
    P2 = proc_lib:spawn(node(), fun() -> work(self()) end),
    io:format("spawn/2 ~p~n", [is_pid(P2)]),
    P3 = proc_lib:spawn_link(node(), ?MODULE, work, [self()]),
    receive {alive, P3} -> ok end,
    receive {'EXIT', P3, R3} -> io:format("spawn_link/4 exit ~p~n", [R3]) end,
    Self = self(),
    P4 = proc_lib:spawn_opt(node(), fun() -> work(Self) end, [link]),
    receive {alive, P4} -> ok end,
    receive {'EXIT', P4, R4} -> io:format("spawn_opt/3 exit ~p~n", [R4]) end,
    {P5, M5} = proc_lib:spawn_opt(node(), ?MODULE, work, [crash], [monitor, link]),
    P5 ! go,
    receive {'EXIT', P5, {R5, _}} -> timer:sleep(100), io:format("exit ~p~n", [R5]) end,
    receive {'DOWN', M5, process, P5, {D5, _}} -> io:format("down ~p~n", [D5]) end,
    ok.
