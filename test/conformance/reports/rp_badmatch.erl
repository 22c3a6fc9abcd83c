#!/usr/bin/env escript
-module(rp_badmatch).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for badmatch, in a named function and directly in the spawned fun

main(_) ->
    R = crash(fun() -> expect_ok(id({error, enoent})) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> {a, _} = id([1, 2, 3]), ok end),
    io:format("after: ~p~n", [element(1, R2)]).

expect_ok(X) ->
    ok = X,
    done.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
