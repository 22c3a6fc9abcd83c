#!/usr/bin/env escript
-module(tm_dead_dest).
-export([main/1]).
-mode(compile).
%% Exercises: timers to a dead process: send_after and start_timer return a ref, cancel/read say false

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, P, _} -> ok end,
    T = erlang:send_after(1000, P, x),
    io:format("send_after to dead ~p~n", [is_reference(T)]),
    io:format("read ~p~n", [erlang:read_timer(T)]),
    io:format("cancel ~p~n", [erlang:cancel_timer(T)]),
    T2 = erlang:start_timer(1000, P, x),
    io:format("start_timer to dead ~p~n", [is_reference(T2)]),
    io:format("cancel ~p~n", [erlang:cancel_timer(T2)]),
    %% a timer whose owner dies before it fires is cancelled
    Main = self(),
    Q = spawn(fun() -> Main ! {timer, erlang:send_after(1000, self(), x)}, receive stop -> ok end end),
    QT = receive {timer, X} -> X end,
    io:format("owner alive read ~p~n", [is_integer(erlang:read_timer(QT))]),
    RefQ = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', RefQ, process, Q, _} -> ok end,
    wait_false(QT),
    io:format("owner dead read ~p~n", [erlang:read_timer(QT)]).

wait_false(T) ->
    case erlang:read_timer(T) of
        false -> ok;
        _ -> timer:sleep(1), wait_false(T)
    end.
