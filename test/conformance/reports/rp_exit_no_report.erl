#!/usr/bin/env escript
-module(rp_exit_no_report).
-export([main/1]).
-mode(compile).
%% Exercises: exit/1 in a spawned process produces no error report, whatever the reason

main(_) ->
    Reasons = [normal, boom, {shutdown, x}, shutdown, kill, {error, [1]}],
    [io:format("~p -> ~p~n", [W, crash(fun() -> exit(id(W)) end)]) || W <- Reasons],
    R = crash(fun() -> erlang:exit(id({bad, reason})) end),
    io:format("erlang:exit ~p~n", [R]),
    timer:sleep(100),
    io:format("end, no reports above~n").

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> R end.

id(X) -> X.
