#!/usr/bin/env escript
-module(rg_send_tuple_dead).
-export([main/1]).
-mode(compile).
%% Exercises: {Name, node()} ! Msg after the registered process died is silent; Name ! Msg is badarg

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> register(rg_std_gone, self()), receive stop -> ok end end),
    wait_registered(rg_std_gone),
    io:format("registered ~p~n", [whereis(rg_std_gone) =:= P]),
    rg_std_gone ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("tuple ! ~p~n", [{rg_std_gone, node()} ! msg]),
    io:format("send/2 tuple ~p~n", [erlang:send({rg_std_gone, node()}, msg)]),
    io:format("send/3 tuple ~p~n", [erlang:send({rg_std_gone, node()}, msg, [noconnect])]),
    io:format("send/3 tuple nosuspend ~p~n", [erlang:send({rg_std_gone, node()}, msg, [nosuspend])]),
    R = try rg_std_gone ! msg catch C:E -> {C, E} end,
    io:format("atom ! ~p~n", [R]),
    R2 = try erlang:send(rg_std_gone, msg, []) catch C2:E2 -> {C2, E2} end,
    io:format("atom send/3 ~p~n", [R2]),
    %% a bad node part
    R3 = try {rg_std_gone, id("node")} ! msg catch C3:E3 -> {C3, E3} end,
    io:format("bad node ~p~n", [R3]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]).

wait_registered(Name) ->
    case whereis(Name) of
        undefined -> erlang:yield(), wait_registered(Name);
        _ -> ok
    end.

id(X) -> X.
