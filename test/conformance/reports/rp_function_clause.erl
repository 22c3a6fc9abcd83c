#!/usr/bin/env escript
-module(rp_function_clause).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for function_clause: the args of the named function in the stack, and for a fun

main(_) ->
    R = crash(fun() -> classify(id(-1), id("x")) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> F = id(fun(a) -> ok end), F(b) end),
    io:format("after: ~p~n", [element(1, R2)]).

classify(N, L) when N > 0, is_list(L) -> pos;
classify(0, _) -> zero.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
