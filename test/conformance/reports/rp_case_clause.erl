#!/usr/bin/env escript
-module(rp_case_clause).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for case_clause, if_clause and try_clause

main(_) ->
    R = crash(fun() -> pick(id(maybe)) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> sign(id(0)) end),
    io:format("after: ~p~n", [element(1, R2)]),
    R3 = crash(fun() -> try id(3) of 1 -> one catch _:_ -> c end end),
    io:format("after: ~p~n", [element(1, R3)]).

pick(X) ->
    case X of
        yes -> 1;
        no -> 0
    end.

sign(N) ->
    if N > 0 -> pos;
       N < 0 -> neg
    end.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
