#!/usr/bin/env escript
-module(rg_send_by_name).
-export([main/1]).
-mode(compile).
%% Exercises: sending by registered name with !, erlang:send/2,3 and {Name, node()}

server() ->
    receive
        {From, Msg} -> From ! {reply, Msg}, server();
        stop -> ok
    end.

main(_) ->
    register(rg_sbn_server, spawn(fun server/0)),
    R = (rg_sbn_server ! {self(), one}),
    io:format("! returns ~p~n", [R]),
    receive {reply, M1} -> io:format("~p~n", [M1]) end,
    erlang:send(rg_sbn_server, {self(), two}),
    receive {reply, M2} -> io:format("~p~n", [M2]) end,
    io:format("send/3 ~p~n", [erlang:send(rg_sbn_server, {self(), three}, [])]),
    receive {reply, M3} -> io:format("~p~n", [M3]) end,
    {rg_sbn_server, node()} ! {self(), four},
    receive {reply, M4} -> io:format("~p~n", [M4]) end,
    %% name held in a variable
    Name = id(rg_sbn_server),
    Name ! {self(), five},
    receive {reply, M5} -> io:format("~p~n", [M5]) end,
    %% sending to our own name
    register(rg_sbn_me, self()),
    rg_sbn_me ! to_myself,
    receive to_myself -> io:format("to myself~n") end,
    %% order is kept when sending by name
    [rg_sbn_server ! {self(), I} || I <- lists:seq(1, 5)],
    io:format("~p~n", [[receive {reply, I} -> I end || _ <- lists:seq(1, 5)]]),
    rg_sbn_server ! stop.

id(X) -> X.
