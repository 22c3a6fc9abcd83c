#!/usr/bin/env escript
-module(pr_send_name_node).
-export([main/1]).
-mode(compile).
%% Exercises: {Name, node()} ! Msg to a registered process, and to a name that is not registered

main(_) ->
    Parent = self(),
    P = spawn(fun() -> loop(Parent) end),
    true = register(pr_snn_server, P),
    R = ({pr_snn_server, node()} ! {ping, 1}),
    io:format("returns ~p~n", [R]),
    receive {pong, 1} -> io:format("pong 1~n") end,
    R2 = erlang:send({pr_snn_server, node()}, {ping, 2}),
    io:format("send/2 returns ~p~n", [R2]),
    receive {pong, 2} -> io:format("pong 2~n") end,
    R3 = erlang:send({pr_snn_server, node()}, {ping, 3}, [noconnect]),
    io:format("send/3 returns ~p~n", [R3]),
    receive {pong, 3} -> io:format("pong 3~n") end,
    %% a name that is not registered, on the local node
    R4 = try {id(pr_snn_nobody), node()} ! hello catch C:E -> {C, E} end,
    io:format("unregistered {Name, node()} ~p~n", [R4]),
    R5 = try erlang:send({id(pr_snn_nobody), node()}, hello) catch C5:E5 -> {C5, E5} end,
    io:format("unregistered send/2 ~p~n", [R5]),
    %% the plain atom form for comparison
    R6 = try id(pr_snn_nobody) ! hello catch C6:E6 -> {C6, E6} end,
    io:format("unregistered atom ~p~n", [R6]),
    %% a bad name inside the tuple
    R7 = try {id(42), node()} ! hello catch C7:E7 -> {C7, E7} end,
    io:format("{42, node()} ~p~n", [R7]),
    P ! {stop, self()},
    receive stopped -> io:format("stopped~n") end.

loop(Parent) ->
    receive
        {ping, N} -> Parent ! {pong, N}, loop(Parent);
        {stop, From} -> From ! stopped
    end.

id(X) -> X.
