#!/usr/bin/env escript
-module(tm_send_after_name).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:send_after/3,4 and start_timer to a registered name; a name unregistered when the timer fires

main(_) ->
    register(tm_send_after_name_me, self()),
    erlang:send_after(5, tm_send_after_name_me, by_name),
    receive by_name -> io:format("got by_name~n") end,
    Ref = erlang:start_timer(5, tm_send_after_name_me, tick),
    receive {timeout, Ref, tick} -> io:format("start_timer by name ok~n") end,
    erlang:send_after(5, tm_send_after_name_me, opts, []),
    receive opts -> io:format("send_after/4 by name~n") end,
    %% the name is looked up when the timer fires
    Main = self(),
    P = spawn(fun() -> receive X -> Main ! {p_got, X} end end),
    erlang:send_after(30, tm_send_after_name_other, delayed),
    register(tm_send_after_name_other, P),
    receive {p_got, X} -> io:format("registered later got ~p~n", [X]) end,
    %% unregistered name at fire time: the message is dropped, no error
    TRef = erlang:send_after(10, tm_send_after_name_nobody, lost),
    io:format("timer ref ~p~n", [is_reference(TRef)]),
    timer:sleep(30),
    io:format("read after fire ~p~n", [erlang:read_timer(TRef)]),
    io:format("alive ~p~n", [is_process_alive(self())]).
