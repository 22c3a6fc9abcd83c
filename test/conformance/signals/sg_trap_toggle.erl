#!/usr/bin/env escript
-module(sg_trap_toggle).
-export([main/1]).
-mode(compile).
%% Exercises: process_flag(trap_exit): old values, EXIT messages already queued stay messages after switching off, badarg

main(_) ->
    io:format("initial ~p~n", [process_info(self(), trap_exit)]),
    io:format("set true -> ~p~n", [process_flag(trap_exit, true)]),
    io:format("set true -> ~p~n", [process_flag(trap_exit, true)]),
    P1 = spawn_link(fun() -> exit(one) end),
    P2 = spawn_link(fun() -> exit(two) end),
    wait_queue(2),
    io:format("set false -> ~p~n", [process_flag(trap_exit, false)]),
    io:format("now ~p~n", [process_info(self(), trap_exit)]),
    receive {'EXIT', P1, R1} -> io:format("queued ~p~n", [R1]) end,
    receive {'EXIT', P2, R2} -> io:format("queued ~p~n", [R2]) end,
    io:format("~p~n", [t(fun() -> process_flag(trap_exit, id(yes)) end)]),
    io:format("~p~n", [t(fun() -> process_flag(id(no_such_flag), true) end)]),
    %% in a child: switched off, a link exit kills it; switched on again, it is a message
    Main = self(),
    {C, Ref} = spawn_monitor(fun() ->
                                     false = process_flag(trap_exit, true),
                                     L = spawn_link(fun() -> exit(first) end),
                                     receive {'EXIT', L, W} -> Main ! {c, W} end,
                                     true = process_flag(trap_exit, false),
                                     spawn_link(fun() -> exit(second) end),
                                     receive after 1000 -> Main ! {c, survived} end
                             end),
    receive {c, X} -> io:format("child trapped ~p~n", [X]) end,
    receive {'DOWN', Ref, process, C, Why} -> io:format("child down ~p~n", [Why]) end.

wait_queue(N) ->
    case process_info(self(), message_queue_len) of
        {message_queue_len, N} -> ok;
        _ -> timer:sleep(1), wait_queue(N)
    end.

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
