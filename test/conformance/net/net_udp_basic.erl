#!/usr/bin/env escript
-module(net_udp_basic).
-export([main/1]).
-mode(compile).
%% Exercises: gen_udp: open on loopback, send/4 and send/3, passive recv/2,3 with {IP, Port, Data}, list and binary mode, timeouts, eaddrinuse, close

main(_) ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, B} = gen_udp:open(0, [{active, false}, {ip, {127,0,0,1}}]),
    {ok, PA} = inet:port(A),
    {ok, PB} = inet:port(B),
    io:format("~p~n", [gen_udp:send(B, {127,0,0,1}, PA, "hello")]),
    {ok, {IP, FromPort, Data}} = gen_udp:recv(A, 0),
    io:format("~p ~p ~p~n", [IP, FromPort =:= PB, Data]),
    io:format("~p~n", [gen_udp:send(A, {{127,0,0,1}, PB}, [<<"bin">>, $a, "ry"])]),
    {ok, {_, P2, D2}} = gen_udp:recv(B, 0, 1000),
    io:format("~p ~p~n", [P2 =:= PA, D2]),
    ok = gen_udp:send(B, "localhost", PA, <<"one">>),
    ok = gen_udp:send(B, {127,0,0,1}, PA, <<"two">>),
    ok = gen_udp:send(B, {127,0,0,1}, PA, <<>>),
    io:format("~p~n", [[element(3, element(2, gen_udp:recv(A, 0, 1000))) || _ <- [1, 2, 3]]]),
    io:format("~p~n", [gen_udp:recv(A, 0, 30)]),
    io:format("~p~n", [gen_udp:open(PA, [{ip, {127,0,0,1}}])]),
    io:format("~p~n", [catch gen_udp:open(0, [{active, sometimes}])]),
    io:format("~p~n", [inet:getopts(A, [active, mode])]),
    io:format("~p~n", [gen_udp:close(A)]),
    io:format("~p~n", [gen_udp:recv(A, 0)]),
    io:format("~p~n", [gen_udp:send(A, {127,0,0,1}, PB, "x")]),
    io:format("~p~n", [gen_udp:close(B)]).
