#!/usr/bin/env escript
-module(net_listen_opts).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp:listen: eaddrinuse, reuseaddr, {ip, _} and {ifaddr, _}, loopback, eaddrnotavail, bad options exit badarg, accept on a closed or non-listening socket

main(_) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}, {reuseaddr, true}]),
    {ok, P} = inet:port(L),
    io:format("~p~n", [gen_tcp:listen(P, [{ip, {127,0,0,1}}])]),
    io:format("~p~n", [gen_tcp:listen(P, [{ip, {127,0,0,1}}, {reuseaddr, true}])]),
    {ok, L2} = gen_tcp:listen(0, [{ifaddr, {127,0,0,1}}]),
    {ok, {Addr2, _}} = inet:sockname(L2),
    io:format("ifaddr ~p~n", [Addr2]),
    {ok, L3} = gen_tcp:listen(0, [{ip, loopback}]),
    {ok, {Addr3, _}} = inet:sockname(L3),
    io:format("loopback ~p~n", [Addr3]),
    io:format("~p~n", [gen_tcp:listen(0, [{ip, {192,0,2,1}}])]),
    io:format("~p~n", [catch gen_tcp:listen(0, [{ip, nowhere}])]),
    io:format("~p~n", [element(1, gen_tcp:listen(0, [{backlog, -1}]))]),
    io:format("~p~n", [catch gen_tcp:listen(0, [{nodelay, 1}])]),
    io:format("~p~n", [catch gen_tcp:listen(70000, [])]),
    {'EXIT', {Why, _}} = (catch gen_tcp:listen(0, not_a_list)),
    io:format("~p~n", [Why]),
    io:format("~p~n", [inet:getopts(L, [reuseaddr, active, packet, mode])]),
    io:format("~p~n", [gen_tcp:accept(L, 20)]),
    io:format("~p~n", [gen_tcp:recv(L, 0)]),
    io:format("~p~n", [gen_tcp:send(L, "x")]),
    io:format("~p~n", [inet:peername(L)]),
    ok = gen_tcp:close(L),
    io:format("~p~n", [gen_tcp:accept(L)]),
    io:format("~p~n", [inet:port(L)]),
    {ok, C} = gen_tcp:connect({127,0,0,1}, element(2, inet:port(L3)), []),
    io:format("~p~n", [gen_tcp:accept(C)]).
