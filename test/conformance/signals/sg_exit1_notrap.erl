#!/usr/bin/env escript
-module(sg_exit1_notrap).
-export([main/1]).
-mode(compile).
%% Exercises: exit/1 in a linked child, parent not trapping: normal is survived, other reasons and kill propagate

main(_) ->
    lists:foreach(fun run/1, [normal, boom, {tuple, [1, 2]}, kill, killed]).

run(Reason) ->
    Main = self(),
    {M, Ref} = spawn_monitor(fun() -> middle(Main, Reason) end),
    receive
        {M, survived} ->
            io:format("~p: middle survived~n", [Reason]),
            M ! stop,
            receive {'DOWN', Ref, process, M, R} -> io:format("  then ~p~n", [R]) end;
        {'DOWN', Ref, process, M, R} ->
            io:format("~p: middle died ~p~n", [Reason, R])
    end.

middle(Main, Reason) ->
    C = spawn_link(fun() -> receive go -> exit(Reason) end end),
    C ! go,
    receive after 100 -> ok end,
    Main ! {self(), survived},
    receive stop -> ok end.
