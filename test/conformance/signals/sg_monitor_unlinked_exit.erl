#!/usr/bin/env escript
-module(sg_monitor_unlinked_exit).
-export([main/1]).
-mode(compile).
%% Exercises: a monitored, unlinked process exits abnormally: the non-trapping monitoring process only gets a DOWN and lives on

main(_) ->
    Reasons = [boom, kill, {shutdown, why}, killed],
    lists:foreach(
      fun(Why) ->
              P = spawn(fun() -> receive go -> exit(Why) end end),
              Ref = monitor(process, P),
              P ! go,
              receive {'DOWN', Ref, process, P, R} -> io:format("~p -> ~p~n", [Why, R]) end
      end, Reasons),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    RefQ = monitor(process, Q),
    exit(Q, kill),
    receive {'DOWN', RefQ, process, Q, RQ} -> io:format("killed from outside -> ~p~n", [RQ]) end,
    io:format("still alive ~p~n", [is_process_alive(self())]),
    io:format("trap_exit ~p~n", [process_info(self(), trap_exit)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).
