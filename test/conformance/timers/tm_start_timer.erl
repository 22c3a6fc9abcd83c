#!/usr/bin/env escript
-module(tm_start_timer).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:start_timer/3,4: the {timeout, Ref, Msg} message, Ref matches the returned one, to another process

main(_) ->
    Ref = erlang:start_timer(10, self(), ping),
    receive Msg -> ok end,
    {timeout, R, M} = Msg,
    io:format("tag ~p same ref ~p msg ~p~n", [element(1, Msg), R =:= Ref, M]),
    R2 = erlang:start_timer(0, self(), {complex, [1]}),
    receive {timeout, R2, M2} -> io:format("zero ~p~n", [M2]) end,
    R3 = erlang:start_timer(5, self(), opts, []),
    receive {timeout, R3, M3} -> io:format("start_timer/4 ~p~n", [M3]) end,
    Main = self(),
    P = spawn(fun() -> receive X -> Main ! {child, X} end end),
    R4 = erlang:start_timer(5, P, for_child),
    receive {child, {timeout, R4b, for_child}} -> io:format("child ref same ~p~n", [R4b =:= R4]) end,
    %% two timers with the same message are told apart by ref
    A = erlang:start_timer(20, self(), same),
    B = erlang:start_timer(10, self(), same),
    receive {timeout, A, same} -> io:format("A~n") end,
    receive {timeout, B, same} -> io:format("B (was already queued)~n") after 0 -> io:format("B missing~n") end.
