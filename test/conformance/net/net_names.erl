#!/usr/bin/env escript
-module(net_names).
-export([main/1]).
-mode(compile).
%% Exercises: inet:peername/sockname/port on both ends of a connection and on a listen socket: the ends agree, addresses are loopback

main(_) ->
    {C, A, L} = pair([binary, {active, false}]),
    {ok, {LAddr, LPort}} = inet:sockname(L),
    io:format("listen ~p ~p~n", [LAddr, inet:port(L) =:= {ok, LPort}]),
    io:format("~p~n", [inet:peername(L)]),
    {ok, {CAddr, CPort}} = inet:sockname(C),
    {ok, {CPeer, CPeerPort}} = inet:peername(C),
    {ok, {AAddr, APort}} = inet:sockname(A),
    {ok, {APeer, APeerPort}} = inet:peername(A),
    io:format("~p ~p ~p ~p~n", [CAddr, CPeer, AAddr, APeer]),
    io:format("~p ~p ~p ~p~n", [CPeerPort =:= LPort, APort =:= LPort, APeerPort =:= CPort, CPort =/= LPort]),
    io:format("~p~n", [inet:port(C) =:= {ok, CPort}]),
    ok = gen_tcp:close(C),
    io:format("~p~n", [inet:sockname(C)]),
    io:format("~p~n", [inet:peername(C)]),
    io:format("~p~n", [inet:port(C)]),
    {'EXIT', {Why, _}} = (catch inet:peername(id(not_a_socket))),
    io:format("~p~n", [Why]),
    {ok, U} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    {ok, {UAddr, _}} = inet:sockname(U),
    io:format("udp ~p ~p~n", [UAddr, inet:peername(U)]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.

id(X) -> X.
