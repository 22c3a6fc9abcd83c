#!/usr/bin/env escript
-module(sg_exit2_other).
-export([main/1]).
-mode(compile).
%% Exercises: exit/2 with other reasons: kills a non-trapping process with that reason, becomes a message when trapping

main(_) ->
    Main = self(),
    lists:foreach(
      fun(Why) ->
              P = spawn(fun() -> receive after infinity -> ok end end),
              Ref = monitor(process, P),
              exit(P, Why),
              receive {'DOWN', Ref, process, P, R} -> io:format("not trapping ~p -> ~p~n", [Why, R]) end
      end, [boom, shutdown, {shutdown, 1}, "str", killed]),
    T = spawn(fun() -> process_flag(trap_exit, true), Main ! ready, trap_loop(Main) end),
    receive ready -> ok end,
    lists:foreach(
      fun(Why) ->
              exit(T, Why),
              receive {trapped, {'EXIT', From, R}} -> io:format("trapping ~p -> ~p from main ~p~n", [Why, R, From =:= Main]) end
      end, [boom, shutdown, {shutdown, 1}, killed, normal]),
    io:format("trapper alive ~p~n", [is_process_alive(T)]),
    exit(T, kill).

trap_loop(Main) ->
    receive M -> Main ! {trapped, M} end,
    trap_loop(Main).
