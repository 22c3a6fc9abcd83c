#!/usr/bin/env escript
-module(rp_throw).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for an uncaught throw: the {nocatch, V} reason in the report

main(_) ->
    R = crash(fun() -> throw_it(id({thrown, 1})) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> _ = throw_it(id(simple)), ok end),
    io:format("after: ~p~n", [element(1, R2)]).

throw_it(V) ->
    _ = id(V),
    throw(V).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
