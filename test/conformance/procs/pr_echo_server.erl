#!/usr/bin/env escript
-module(pr_echo_server).
-export([main/1]).
-mode(compile).
%% Exercises: an echo server loop with state, several clients, stop protocol

start() -> spawn(fun() -> loop(0) end).

loop(Count) ->
    receive
        {echo, From, Msg} ->
            From ! {echoed, self(), Msg},
            loop(Count + 1);
        {count, From} ->
            From ! {count, Count},
            loop(Count);
        {stop, From} ->
            From ! {stopped, Count}
    end.

main(_) ->
    S = start(),
    S ! {echo, self(), hello},
    receive {echoed, S, M1} -> io:format("~p~n", [M1]) end,
    S ! {echo, self(), [1, 2, 3]},
    receive {echoed, S, M2} -> io:format("~p~n", [M2]) end,
    %% several clients
    Parent = self(),
    Clients = [spawn(fun() ->
                             S ! {echo, self(), {client, I}},
                             receive {echoed, S, R} -> Parent ! {client_got, self(), R} end
                     end) || I <- lists:seq(1, 5)],
    Got = [receive {client_got, C, R} -> R end || C <- Clients],
    io:format("~p~n", [Got]),
    S ! {count, self()},
    receive {count, N} -> io:format("count ~p~n", [N]) end,
    Ref = monitor(process, S),
    S ! {stop, self()},
    receive {stopped, Final} -> io:format("stopped at ~p~n", [Final]) end,
    receive {'DOWN', Ref, process, S, Why} -> io:format("down ~p~n", [Why]) end,
    io:format("alive ~p~n", [is_process_alive(S)]).
