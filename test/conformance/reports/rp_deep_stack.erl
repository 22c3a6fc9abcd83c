#!/usr/bin/env escript
-module(rp_deep_stack).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for a crash deep in a chain of calls: the frames of the chain in the stack

main(_) ->
    R = crash(fun() -> {ok, _} = level1(id(3)), done end),
    io:format("after: ~p frames ~p~n", [element(1, R), length(element(2, R))]),
    R2 = crash(fun() -> [_] = recurse(id(12)), done end),
    io:format("after: ~p frames ~p~n", [element(1, R2), length(element(2, R2))]).

level1(N) -> {ok, [level2(N + 1)]}.
level2(N) -> {level3(N * 2)}.
level3(N) -> [level4(N) | tail].
level4(N) -> N + id(undefined).

recurse(0) -> [erlang:atom_to_binary(id("not an atom"))];
recurse(N) -> [hd(recurse(N - 1))].

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
