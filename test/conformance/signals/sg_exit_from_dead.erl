#!/usr/bin/env escript
-module(sg_exit_from_dead).
-export([main/1]).
-mode(compile).
%% Exercises: exit signals and EXIT messages from a process that has already died are still delivered

main(_) ->
    Main = self(),
    T = spawn(fun() -> process_flag(trap_exit, true), Main ! ready, collect(Main) end),
    receive ready -> ok end,
    {S, Ref} = spawn_monitor(fun() -> exit(T, {from, sender}) end),
    receive {'DOWN', Ref, process, S, R} -> io:format("sender down ~p~n", [R]) end,
    T ! {report, self()},
    receive {got, Ms} -> io:format("~p~n", [[{From =:= S, Why} || {'EXIT', From, Why} <- Ms]]) end,
    %% a linked process that has died: its EXIT is delivered even though it is gone
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> exit(gone) end),
    RefL = monitor(process, L),
    receive {'DOWN', RefL, process, L, _} -> ok end,
    io:format("alive ~p~n", [is_process_alive(L)]),
    receive {'EXIT', L, W} -> io:format("exit from dead ~p~n", [W]) end,
    %% a non-trapping process is killed by a signal from a sender already dead
    V = spawn(fun() -> receive after infinity -> ok end end),
    RefV = monitor(process, V),
    spawn(fun() -> exit(V, late) end),
    receive {'DOWN', RefV, process, V, RV} -> io:format("victim down ~p~n", [RV]) end,
    exit(T, kill).

collect(Main) -> collect(Main, []).
collect(Main, Acc) ->
    receive
        {report, From} -> From ! {got, lists:reverse(Acc)}, collect(Main, Acc);
        M -> collect(Main, [M | Acc])
    end.
