#!/usr/bin/env escript
-module(sg_exit1_trap).
-export([main/1]).
-mode(compile).
%% Exercises: exit/1 in linked children while the parent traps exits: the {'EXIT', Pid, Reason} message for each reason

main(_) ->
    process_flag(trap_exit, true),
    Reasons = [normal, kill, killed, shutdown, {shutdown, x}, boom, [1, 2, 3], <<"bin">>, #{a => 1}, {nocatch, 1}],
    lists:foreach(
      fun(R) ->
              P = spawn_link(fun() -> exit(R) end),
              receive {'EXIT', P, Got} -> io:format("~p -> ~p~n", [R, Got]) end
      end, Reasons),
    io:format("alive ~p~n", [is_process_alive(self())]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).
