#!/usr/bin/env escript
-module(sg_exit2_linked).
-export([main/1]).
-mode(compile).
%% Exercises: exit/2 sent to a linked child: the child dies with that reason and the trapping parent gets the EXIT from the child

main(_) ->
    process_flag(trap_exit, true),
    lists:foreach(
      fun(Why) ->
              P = spawn_link(fun() -> receive after infinity -> ok end end),
              exit(P, Why),
              receive {'EXIT', P, R} -> io:format("~p -> ~p~n", [Why, R]) end
      end, [stop, {reason, 1}, kill, shutdown]),
    %% normal to a non-trapping linked child does nothing
    P = spawn_link(fun() -> receive ping -> ok end end),
    exit(P, normal),
    io:format("alive ~p~n", [is_process_alive(P)]),
    P ! ping,
    receive {'EXIT', P, R} -> io:format("then ~p~n", [R]) end.
