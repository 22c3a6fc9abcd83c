#!/usr/bin/env escript
-module(sg_kill_in_receive).
-export([main/1]).
-mode(compile).
%% Exercises: exit/2 reaches a process blocked in receive, in a receive with after, and in timer:sleep

main(_) ->
    lists:foreach(
      fun({Name, F}) ->
              P = spawn(F),
              Ref = monitor(process, P),
              exit(P, {stopped, Name}),
              receive {'DOWN', Ref, process, P, R} -> io:format("~p ~p~n", [Name, R]) end
      end,
      [{receive_forever, fun() -> receive never -> ok end end},
       {receive_after, fun() -> receive never -> ok after 5000 -> ok end end},
       {sleeping, fun() -> timer:sleep(5000) end},
       {busy, fun() -> spin(0) end}]).

spin(N) -> spin(N + 1).
