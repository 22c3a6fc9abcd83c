#!/usr/bin/env escript
-module(plib_hibernate).
-export([main/1, crash_after/0]).
-mode(compile).
%% Exercises: proc_lib:hibernate/3: the process wakes up in the given function on a
%% message, keeps its dictionary, loses its stack (a return ends it normally); a
%% crash after waking is reported once

crash_after() ->
    proc_lib:hibernate(erlang, error, [after_wake]).

main(_) ->
    Self = self(),
    P = proc_lib:spawn(fun() ->
                               put(k, v),
                               proc_lib:hibernate(erlang, apply,
                                                  [fun() -> receive M -> Self ! {woke, M, get(k)} end end, []])
                       end),
    timer:sleep(20),
    io:format("~p~n", [process_info(P, status)]),
    P ! ping,
    receive {woke, M, K} -> io:format("woke ~p ~p~n", [M, K]) end,
    Q = proc_lib:spawn(?MODULE, crash_after, []),
    MQ = monitor(process, Q),
    timer:sleep(20),
    Q ! wake,
    receive {'DOWN', MQ, _, _, R} -> timer:sleep(50), io:format("~p~n", [R]) end,
    ok.
