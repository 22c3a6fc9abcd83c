#!/usr/bin/env escript
-module(sg_link_crash_notrap).
-export([main/1]).
-mode(compile).
%% Exercises: a linked child crashes with an error: the non-trapping parent dies with the same {Reason, Stack}, and only the child gets a report

main(_) ->
    Main = self(),
    {M, Ref} = spawn_monitor(fun() ->
                                     C = spawn_link(fun() -> receive go -> tuple_size(id(not_a_tuple)) end end),
                                     Main ! {child, C},
                                     receive after infinity -> ok end
                             end),
    C = receive {child, X} -> X end,
    RefC = monitor(process, C),
    C ! go,
    receive {'DOWN', Ref, process, M, MR} -> ok end,
    CR = receive {'DOWN', RefC, process, C, Y} -> Y end,
    timer:sleep(100),
    {Reason, [Top | _]} = MR,
    io:format("middle reason ~p~n", [Reason]),
    io:format("top ~p~n", [Top]),
    io:format("same as child ~p~n", [MR =:= CR]).

id(X) -> X.
