#!/usr/bin/env escript
-module(sg_exit_normal_links).
-export([main/1]).
-mode(compile).
%% Exercises: a linked process exiting normally: trapping partners get {'EXIT', P, normal}, others nothing, and the link is gone everywhere

main(_) ->
    Main = self(),
    Hub = spawn(fun() -> receive go -> ok end end),
    Plain = spawn(fun() -> link(Hub), Main ! {ready, self()}, loop() end),
    Trap = spawn(fun() ->
                         process_flag(trap_exit, true), link(Hub), Main ! {ready, self()},
                         receive {'EXIT', Hub, W} -> Main ! {trapped, W} end,
                         loop()
                 end),
    [receive {ready, X} -> ok end || X <- [Plain, Trap]],
    Ref = monitor(process, Hub),
    Hub ! go,
    receive {'DOWN', Ref, process, Hub, R} -> io:format("hub ~p~n", [R]) end,
    receive {trapped, W} -> io:format("trap got ~p~n", [W]) end,
    wait_until(fun() -> process_info(Plain, links) =:= {links, []} end),
    io:format("plain link gone, alive ~p~n", [is_process_alive(Plain)]),
    io:format("plain mailbox ~p~n", [process_info(Plain, messages)]),
    io:format("trap links ~p~n", [process_info(Trap, links)]),
    exit(Plain, kill), exit(Trap, kill).

loop() -> receive after infinity -> ok end.

wait_until(F) ->
    case F() of
        true -> ok;
        false -> timer:sleep(1), wait_until(F)
    end.
