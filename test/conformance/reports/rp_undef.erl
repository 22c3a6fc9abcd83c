#!/usr/bin/env escript
-module(rp_undef).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for undef: a missing module, a missing function of an existing module, a wrong arity

main(_) ->
    R = crash(fun() -> rp_undef_no_such_module:start(id(1)) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> lists:no_such_function(id([1])) end),
    io:format("after: ~p~n", [element(1, R2)]),
    R3 = crash(fun() -> M = id(lists), M:reverse(1, 2, 3) end),
    io:format("after: ~p~n", [element(1, R3)]).

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
