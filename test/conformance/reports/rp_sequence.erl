#!/usr/bin/env escript
-module(rp_sequence).
-export([main/1]).
-mode(compile).
%% Exercises: several processes crashing one after another: their reports appear in order

main(_) ->
    lists:foreach(
      fun(N) ->
              {P, Ref} = spawn_monitor(fun() -> error(id({crash, N})) end),
              receive {'DOWN', Ref, process, P, _} -> ok end
      end, [1, 2, 3, 4]),
    timer:sleep(100),
    io:format("all four reported~n"),
    R = crash(fun() -> error(id({crash, 5})) end),
    io:format("fifth ~p~n", [element(1, R)]).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
