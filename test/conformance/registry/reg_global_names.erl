#!/usr/bin/env escript
-module(reg_global_names).
-export([main/1]).
-mode(compile).
%% Exercises: global on a node that is not alive: register_name (taken name, one pid
%% under two names with its error report), whereis_name, registered_names,
%% re_register_name, unregister_name, send (to a name, to none), a name whose process
%% dies, set_lock/del_lock with two requesters, trans (and aborted), sync.

main(_) ->
    P = spawn(fun loop/0),
    Q = spawn(fun loop/0),
    io:format("~p~n", [global:register_name(p, P)]),
    io:format("~p~n", [global:register_name(p, Q)]),
    io:format("~p~n", [global:whereis_name(p) =:= P]),
    R = global:register_name(p2, P),
    timer:sleep(100),
    io:format("~p~n", [R]),
    io:format("~p~n", [global:register_name({q, 1}, Q)]),
    io:format("~p~n", [lists:sort(global:registered_names())]),
    io:format("~p~n", [global:re_register_name(p, Q) =:= yes andalso global:whereis_name(p) =:= Q]),
    global:send(p, {self(), hi}),
    io:format("~p~n", [receive {Q, hi} -> from_q after 1000 -> timeout end]),
    io:format("~p~n", [catch global:send(nobody, x)]),
    io:format("~p~n", [global:unregister_name(p)]),
    io:format("~p~n", [global:unregister_name(p)]),
    io:format("~p~n", [global:whereis_name(p)]),
    Ref = monitor(process, Q),
    exit(Q, kill),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    io:format("~p~n", [global:whereis_name({q, 1})]),
    timer:sleep(50),
    io:format("~p~n", [lists:sort(global:registered_names())]),
    io:format("~p~n", [global:set_lock({res, a})]),
    io:format("~p~n", [global:set_lock({res, a}, [node()], 0)]),
    Self = self(),
    spawn(fun() -> Self ! {other, global:set_lock({res, b}, [node()], 0)} end),
    io:format("~p~n", [receive {other, X} -> X end]),
    io:format("~p~n", [global:del_lock({res, a})]),
    spawn(fun() -> Self ! {other, global:trans({res, b}, fun() -> done end, [node()], 0)} end),
    io:format("~p~n", [receive {other, Y} -> Y end]),
    global:set_lock({res, a}),
    spawn(fun() -> Self ! {other, global:trans({res, b}, fun() -> done end, [node()], 0)} end),
    io:format("~p~n", [receive {other, Z} -> Z end]),
    io:format("~p~n", [global:trans({res, a}, fun() -> inside end)]),
    io:format("~p~n", [global:sync()]).

loop() ->
    receive
        {From, M} -> From ! {self(), M}, loop()
    end.
