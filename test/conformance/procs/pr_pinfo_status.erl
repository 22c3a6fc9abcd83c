#!/usr/bin/env escript
-module(pr_pinfo_status).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 status: running for self, waiting for a blocked process, a dead process

main(_) ->
    io:format("self ~p~n", [process_info(self(), status)]),
    Me = self(),
    P = spawn(fun() -> Me ! {status_inside, process_info(self(), status)}, receive stop -> ok end end),
    receive {status_inside, S} -> io:format("inside child ~p~n", [S]) end,
    wait_status(P, waiting),
    io:format("blocked in receive ~p~n", [process_info(P, status)]),
    P2 = spawn(fun() -> timer:sleep(infinity) end),
    wait_status(P2, waiting),
    io:format("sleeping ~p~n", [process_info(P2, status)]),
    P3 = spawn(fun() -> receive after 10000 -> ok end end),
    wait_status(P3, waiting),
    io:format("in after ~p~n", [process_info(P3, status)]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("dead ~p~n", [process_info(P, status)]),
    exit(P2, kill),
    exit(P3, kill).

wait_status(P, S) ->
    case process_info(P, status) of
        {status, S} -> ok;
        _ -> erlang:yield(), wait_status(P, S)
    end.
