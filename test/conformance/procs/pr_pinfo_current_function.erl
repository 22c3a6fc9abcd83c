#!/usr/bin/env escript
-module(pr_pinfo_current_function).
-export([main/1, blocked_here/1, other_wait/0]).
-mode(compile).
%% Exercises: process_info/2 current_function of a process blocked in a named function, and of self

blocked_here(Parent) ->
    Parent ! {started, self()},
    receive stop -> ok end.

other_wait() ->
    receive go -> helper_wait() end.

helper_wait() ->
    receive stop -> ok end.

wait_status(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_status(P)
    end.

main(_) ->
    io:format("self ~p~n", [process_info(self(), current_function)]),
    P = spawn(?MODULE, blocked_here, [self()]),
    receive {started, P} -> ok end,
    wait_status(P),
    io:format("~p~n", [process_info(P, current_function)]),
    Q = spawn(?MODULE, other_wait, []),
    wait_status(Q),
    io:format("~p~n", [process_info(Q, current_function)]),
    Q ! go,
    wait_until(Q, {?MODULE, helper_wait, 0}),
    io:format("~p~n", [process_info(Q, current_function)]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("dead ~p~n", [process_info(P, current_function)]),
    Q ! stop.

wait_until(P, MFA) ->
    case process_info(P, current_function) of
        {current_function, MFA} -> ok;
        _ -> erlang:yield(), wait_until(P, MFA)
    end.
