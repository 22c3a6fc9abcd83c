#!/usr/bin/env escript
-module(tm_cancel_timer_opts).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:cancel_timer/2 with [{async, true}], [{info, false}], both: return values and the {cancel_timer, Ref, Result} message

main(_) ->
    T1 = erlang:send_after(1000, self(), x),
    io:format("async ~p~n", [erlang:cancel_timer(T1, [{async, true}])]),
    receive {cancel_timer, T1, R1} -> io:format("async msg integer ~p~n", [is_integer(R1)]) end,
    T2 = erlang:send_after(1000, self(), x),
    io:format("info false ~p~n", [erlang:cancel_timer(T2, [{info, false}])]),
    receive X -> io:format("unexpected ~p~n", [X]) after 10 -> io:format("no message~n") end,
    T3 = erlang:send_after(1000, self(), x),
    io:format("async, no info ~p~n", [erlang:cancel_timer(T3, [{async, true}, {info, false}])]),
    receive Y -> io:format("unexpected ~p~n", [Y]) after 10 -> io:format("no message~n") end,
    T4 = erlang:send_after(1000, self(), x),
    C4 = erlang:cancel_timer(T4, [{async, false}, {info, true}]),
    io:format("sync, info ~p~n", [is_integer(C4)]),
    io:format("async on cancelled ~p~n", [erlang:cancel_timer(T4, [{async, true}])]),
    receive {cancel_timer, T4, R4} -> io:format("msg ~p~n", [R4]) end,
    io:format("[] ~p~n", [erlang:cancel_timer(T4, [])]),
    io:format("~p~n", [t(fun() -> erlang:cancel_timer(T4, id([bad])) end)]),
    io:format("~p~n", [t(fun() -> erlang:cancel_timer(T4, id({async, true})) end)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
