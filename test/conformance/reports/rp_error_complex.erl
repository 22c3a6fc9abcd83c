#!/usr/bin/env escript
-module(rp_error_complex).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for error/1 with a complex term: nested tuples, lists, maps, binaries, strings, floats

main(_) ->
    Term = {complex, [1, 2, 3], #{key => <<"bin">>, 2 => [a | b]}, "a string", 1.5, {nested, {deep, []}}},
    R = crash(fun() -> fail(id(Term)) end),
    io:format("after: ~p~n", [element(1, R) =:= Term]),
    Long = lists:seq(1, 40),
    R2 = crash(fun() -> error(id({long, Long, list_to_binary(Long)})) end),
    io:format("after: ~p~n", [element(1, element(1, R2))]).

fail(T) -> error(T).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
