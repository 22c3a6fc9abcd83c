#!/usr/bin/env escript
-module(net_port_info).
-export([main/1]).
-mode(compile).
%% Exercises: sockets are ports: is_port, port_info/1,2 (name, connected, links), erlang:ports/0 membership, port_close/1, bad arguments

main(_) ->
    {C, A, L} = pair([binary, {active, false}]),
    io:format("~p ~p ~p~n", [is_port(L), is_pid(L), is_reference(L)]),
    Info = erlang:port_info(A),
    io:format("~p~n", [[K || {K, _} <- Info]]),
    io:format("~p~n", [erlang:port_info(A, name)]),
    {connected, Owner} = erlang:port_info(A, connected),
    {links, Links} = erlang:port_info(A, links),
    io:format("owner ~p links ~p~n", [Owner =:= self(), Links =:= [self()]]),
    {udp, {ok, U}} = {udp, gen_udp:open(0, [{ip, {127,0,0,1}}])},
    io:format("~p~n", [erlang:port_info(U, name)]),
    Ports = erlang:ports(),
    io:format("~p~n", [[lists:member(P, Ports) || P <- [C, A, L, U]]]),
    ok = gen_tcp:send(C, <<"12345">>),
    {ok, _} = gen_tcp:recv(A, 5),
    io:format("~p ~p~n", [erlang:port_info(A, input), erlang:port_info(C, output)]),
    io:format("~p~n", [erlang:port_close(C)]),
    io:format("~p~n", [erlang:port_info(C)]),
    io:format("~p~n", [erlang:port_info(C, name)]),
    io:format("~p~n", [lists:member(C, erlang:ports())]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [why(catch erlang:port_close(C))]),
    io:format("~p~n", [why(catch erlang:port_info(A, bogus))]),
    io:format("~p~n", [why(catch erlang:port_info(self()))]),
    ok = gen_tcp:close(A),
    io:format("~p~n", [lists:member(A, erlang:ports())]).

why({'EXIT', {Reason, _}}) -> Reason.

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
