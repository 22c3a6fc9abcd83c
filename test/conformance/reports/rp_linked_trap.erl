#!/usr/bin/env escript
-module(rp_linked_trap).
-export([main/1]).
-mode(compile).
%% Exercises: a crashing process linked to the main one while main traps exits: one report and the EXIT message

main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> nth(id(0), id([a])) end end),
    P ! go,
    receive {'EXIT', P, R} -> ok end,
    timer:sleep(100),
    {Reason, [Top | _]} = R,
    io:format("EXIT reason ~p~n", [Reason]),
    io:format("top ~p~n", [Top]),
    P2 = spawn_link(fun() -> exit(no_report_for_exit) end),
    receive {'EXIT', P2, R2} -> ok end,
    io:format("EXIT ~p~n", [R2]),
    _ = fun crash/1.

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
