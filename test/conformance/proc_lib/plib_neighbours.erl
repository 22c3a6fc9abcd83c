#!/usr/bin/env escript
-module(plib_neighbours).
-export([main/1, peer/0, crasher/1]).
-mode(compile).
%% Exercises: the neighbours section of a crash report: a linked proc_lib process
%% waiting in a receive (its initial call, current function and stacktrace); a
%% linked process that traps exits is not a neighbour

peer() -> receive stop -> ok end.

crasher(Peers) ->
    [link(P) || P <- Peers],
    receive go -> ok end,
    erlang:error(boom).

main(_) ->
    process_flag(trap_exit, true),
    Peer = proc_lib:spawn(?MODULE, peer, []),
    Trapper = spawn(fun() -> process_flag(trap_exit, true), receive stop -> ok end end),
    C = proc_lib:spawn(?MODULE, crasher, [[Peer, Trapper]]),
    M = monitor(process, C),
    timer:sleep(20),
    C ! go,
    receive {'DOWN', M, process, C, {R, _}} -> timer:sleep(100), io:format("~p~n", [R]) end,
    io:format("peer ~p trapper ~p~n", [is_process_alive(Peer), is_process_alive(Trapper)]),
    Trapper ! stop,
    ok.
