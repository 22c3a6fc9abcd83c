#!/usr/bin/env escript
-module(net_udp_active).
-export([main/1]).
-mode(compile).
%% Exercises: gen_udp active modes: {udp, S, IP, Port, Data} messages, once, N with udp_passive, recv on an active socket, controlling_process

main(_) ->
    {ok, A} = gen_udp:open(0, [binary, {ip, {127,0,0,1}}]),
    {ok, B} = gen_udp:open(0, [binary, {ip, {127,0,0,1}}, {active, false}]),
    {ok, PA} = inet:port(A),
    {ok, PB} = inet:port(B),
    ok = gen_udp:send(B, {127,0,0,1}, PA, <<"d1">>),
    receive {udp, A, IP, P, D} -> io:format("~p ~p ~p~n", [IP, P =:= PB, D]) end,
    io:format("~p~n", [gen_udp:recv(A, 0)]),
    ok = inet:setopts(A, [{active, once}]),
    [ok = gen_udp:send(B, {127,0,0,1}, PA, integer_to_binary(I)) || I <- [1, 2, 3]],
    timer:sleep(30),
    io:format("~p~n", [msgs()]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, 2}]),
    timer:sleep(30),
    io:format("~p~n", [msgs()]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    Self = self(),
    Other = spawn(fun() -> receive {udp, _, _, _, D2} -> Self ! {other, D2} end end),
    ok = gen_udp:controlling_process(A, Other),
    ok = inet:setopts(A, [{active, true}]),
    ok = gen_udp:send(B, {127,0,0,1}, PA, <<"for other">>),
    receive {other, D3} -> io:format("other got ~p~n", [D3]) end,
    ok = gen_udp:close(A),
    ok = gen_udp:close(B).

msgs() ->
    receive
        {udp, _, _, _, D} -> [D | msgs()];
        {udp_passive, S} when is_port(S) -> [udp_passive | msgs()]
    after 0 -> []
    end.
