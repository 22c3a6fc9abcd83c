#!/usr/bin/env escript
-module(rg_whereis).
-export([main/1]).
-mode(compile).
%% Exercises: whereis/1 from different processes, of self, of system names, used as a pid

main(_) ->
    io:format("unknown ~p~n", [whereis(rg_wh_nobody)]),
    true = register(rg_wh_main, self()),
    io:format("self ~p~n", [whereis(rg_wh_main) =:= self()]),
    Me = self(),
    spawn(fun() -> Me ! {seen_by_child, whereis(rg_wh_main)} end),
    receive {seen_by_child, W} -> io:format("child sees us ~p~n", [W =:= Me]) end,
    io:format("init is pid ~p~n", [is_pid(whereis(init))]),
    io:format("code_server is pid ~p~n", [is_pid(whereis(code_server))]),
    %% whereis result used to send and to monitor
    P = spawn(fun() -> receive {From, x} -> From ! y end, receive stop -> ok end end),
    true = register(rg_wh_p, P),
    whereis(rg_wh_p) ! {self(), x},
    receive y -> io:format("y~n") end,
    Ref = monitor(process, whereis(rg_wh_p)),
    rg_wh_p ! stop,
    receive {'DOWN', Ref, process, Obj, normal} -> io:format("pid object ~p~n", [Obj =:= P]) end,
    io:format("after death ~p~n", [whereis(rg_wh_p)]).
