#!/usr/bin/env escript
-module(rp_badarith).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for a spawned process dying of badarith in a named function

main(_) ->
    io:format("before~n"),
    R = crash(fun() -> add(id(1), id(two)) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> X = id(0), io:format("~p~n", [10 / X]) end),
    io:format("after: ~p~n", [element(1, R2)]).

add(A, B) -> {sum, A + B}.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
