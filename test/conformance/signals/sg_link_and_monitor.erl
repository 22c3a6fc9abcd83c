#!/usr/bin/env escript
-module(sg_link_and_monitor).
-export([main/1]).
-mode(compile).
%% Exercises: a process both linked and monitored: the trapping parent gets an EXIT and a DOWN with the same reason

main(_) ->
    process_flag(trap_exit, true),
    lists:foreach(
      fun(How) ->
              P = spawn_link(fun() -> receive go -> finish(How) end end),
              Ref = monitor(process, P),
              P ! go,
              receive {'EXIT', P, E} -> ok end,
              receive {'DOWN', Ref, process, P, D} -> ok end,
              io:format("~p: exit ~p down ~p~n", [How, E, D])
      end, [normal, exit_reason, exit_kill, exit2_kill, exit2_self_reason]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).

finish(normal) -> ok;
finish(exit_reason) -> exit({some, reason});
finish(exit_kill) -> exit(kill);
finish(exit2_kill) -> exit(self(), kill);
finish(exit2_self_reason) -> exit(self(), other), receive after infinity -> ok end.
