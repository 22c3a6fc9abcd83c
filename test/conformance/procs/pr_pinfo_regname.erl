#!/usr/bin/env escript
-module(pr_pinfo_regname).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 registered_name: [] when none, the name when registered, after unregister

main(_) ->
    io:format("self ~p~n", [process_info(self(), registered_name)]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("child ~p~n", [process_info(P, registered_name)]),
    true = register(pr_pir_child, P),
    io:format("registered ~p~n", [process_info(P, registered_name)]),
    io:format("in a list ~p~n", [process_info(P, [registered_name, status])]),
    true = unregister(pr_pir_child),
    io:format("unregistered ~p~n", [process_info(P, registered_name)]),
    io:format("in a list ~p~n", [process_info(P, [registered_name])]),
    true = register(pr_pir_self, self()),
    io:format("self registered ~p~n", [process_info(self(), registered_name)]),
    %% the child registers itself
    Me = self(),
    Q = spawn(fun() -> register(pr_pir_inner, self()), Me ! registered, receive stop -> ok end end),
    receive registered -> ok end,
    io:format("self-registered child ~p~n", [process_info(Q, registered_name)]),
    Ref = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', Ref, process, Q, normal} -> ok end,
    io:format("dead ~p~n", [process_info(Q, registered_name)]),
    P ! stop.
