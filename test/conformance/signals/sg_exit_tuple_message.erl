#!/usr/bin/env escript
-module(sg_exit_tuple_message).
-export([main/1]).
-mode(compile).
%% Exercises: a message that looks like {'EXIT', Pid, Reason} is only a message: it does not kill and is received like any other

main(_) ->
    Main = self(),
    P = spawn(fun() ->
                      receive {'EXIT', From, Why} -> Main ! {got, From =:= Main, Why} end,
                      receive stop -> ok end
              end),
    Ref = monitor(process, P),
    P ! {'EXIT', self(), kill},
    receive {got, B, W} -> io:format("received ~p ~p~n", [B, W]) end,
    io:format("alive ~p~n", [is_process_alive(P)]),
    P ! stop,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    self() ! {'DOWN', make_ref(), process, self(), fake},
    receive {'DOWN', _, process, _, Why2} -> io:format("fake down ~p~n", [Why2]) end,
    io:format("trap_exit ~p~n", [process_info(self(), trap_exit)]).
