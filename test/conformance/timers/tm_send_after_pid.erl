#!/usr/bin/env escript
-module(tm_send_after_pid).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:send_after/3 to a pid: the ref, the plain message, zero delay, to self and to another process

main(_) ->
    Ref = erlang:send_after(10, self(), hello),
    io:format("is_reference ~p~n", [is_reference(Ref)]),
    receive hello -> io:format("got hello~n") end,
    erlang:send_after(0, self(), {zero, delay}),
    receive M -> io:format("~p~n", [M]) end,
    Main = self(),
    P = spawn(fun() -> receive X -> Main ! {forwarded, X} end end),
    erlang:send_after(5, P, for_child),
    receive {forwarded, Y} -> io:format("child got ~p~n", [Y]) end,
    %% nothing arrives before its time
    erlang:send_after(50, self(), late),
    receive late -> io:format("too early~n") after 0 -> io:format("not yet~n") end,
    receive late -> io:format("late arrived~n") end,
    %% the message is any term
    erlang:send_after(1, self(), {a, [1, 2], <<"b">>, #{k => v}}),
    receive T -> io:format("~p~n", [T]) end,
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).
