#!/usr/bin/env escript
-module(rg_register_basic).
-export([main/1]).
-mode(compile).
%% Exercises: register/2, whereis/1, unregister/1 return values on the success path

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("whereis before ~p~n", [whereis(rg_rb_proc)]),
    io:format("register ~p~n", [register(rg_rb_proc, P)]),
    io:format("whereis after ~p~n", [whereis(rg_rb_proc) =:= P]),
    io:format("unregister ~p~n", [unregister(rg_rb_proc)]),
    io:format("whereis after unregister ~p~n", [whereis(rg_rb_proc)]),
    %% the same pid can be registered again, under another name
    io:format("register again ~p~n", [register(rg_rb_other, P)]),
    io:format("whereis other ~p~n", [whereis(rg_rb_other) =:= P]),
    io:format("old name ~p~n", [whereis(rg_rb_proc)]),
    true = unregister(rg_rb_other),
    %% and the name can be reused by another pid
    Q = spawn(fun() -> receive stop -> ok end end),
    io:format("name reused ~p~n", [register(rg_rb_proc, Q)]),
    io:format("whereis is Q ~p~n", [whereis(rg_rb_proc) =:= Q]),
    %% register self
    io:format("register self ~p~n", [register(rg_rb_main, self())]),
    io:format("whereis self ~p~n", [whereis(rg_rb_main) =:= self()]),
    P ! stop,
    Q ! stop.
