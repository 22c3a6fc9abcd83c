#!/usr/bin/env escript
-module(rp_error2).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for error/2: the given args appear in the top frame

main(_) ->
    R = crash(fun() -> check(id(7), id(seven)) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> error(id(plain), id([x, "y", <<"z">>])) end),
    io:format("after: ~p~n", [element(1, R2)]).

check(N, Name) when is_integer(N) -> error({invalid, Name}, [N, Name]).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
