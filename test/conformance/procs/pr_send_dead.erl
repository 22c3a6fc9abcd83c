#!/usr/bin/env escript
-module(pr_send_dead).
-export([main/1]).
-mode(compile).
%% Exercises: sending to a pid that has exited is silently ok (all send forms)

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("alive ~p~n", [is_process_alive(P)]),
    io:format("bang ~p~n", [P ! hello]),
    io:format("send/2 ~p~n", [erlang:send(P, hello)]),
    io:format("send/3 ~p~n", [erlang:send(P, hello, [])]),
    io:format("send/3 nosuspend ~p~n", [erlang:send(P, hello, [nosuspend])]),
    io:format("big message ~p~n", [byte_size(element(2, P ! {big, binary:copy(<<1>>, 100000)}))]),
    %% a killed process too
    {P2, Ref2} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P2, kill),
    receive {'DOWN', Ref2, process, P2, killed} -> ok end,
    io:format("to killed ~p~n", [P2 ! again]),
    %% nothing came back to us
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).
