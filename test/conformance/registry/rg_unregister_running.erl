#!/usr/bin/env escript
-module(rg_unregister_running).
-export([main/1]).
-mode(compile).
%% Exercises: unregistering a running process: it keeps running, answers by pid, the name gives badarg

loop() ->
    receive
        {From, ping} -> From ! {pong, self()}, loop();
        stop -> ok
    end.

main(_) ->
    P = spawn(fun loop/0),
    true = register(rg_ur_srv, P),
    rg_ur_srv ! {self(), ping},
    receive {pong, P} -> io:format("pong by name~n") end,
    true = unregister(rg_ur_srv),
    io:format("alive ~p~n", [is_process_alive(P)]),
    P ! {self(), ping},
    receive {pong, P} -> io:format("pong by pid~n") end,
    R = try rg_ur_srv ! {self(), ping} catch C:E -> {C, E} end,
    io:format("by old name ~p~n", [R]),
    %% {Name, node()} form is silent for an unregistered name
    R2 = {rg_ur_srv, node()} ! {self(), ping},
    io:format("tuple form ~p~n", [R2]),
    io:format("nothing came ~p~n", [receive {pong, _} -> yes after 20 -> no end]),
    %% the process can register itself again under a new name
    P2 = spawn(fun() -> receive {reg, From} -> register(rg_ur_new, self()), From ! ok end, loop() end),
    P2 ! {reg, self()},
    receive ok -> ok end,
    rg_ur_new ! {self(), ping},
    receive {pong, P2} -> io:format("pong by new name~n") end,
    P ! stop,
    rg_ur_new ! stop.
