#!/usr/bin/env escript
-module(net_shutdown).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp:shutdown/2: write side (the peer reads to the end, the other direction still works with exit_on_close false), read_write, errors

main(_) ->
    {C, A, _L} = pair([binary, {active, false}, {exit_on_close, false}]),
    ok = gen_tcp:send(C, <<"request">>),
    io:format("~p~n", [gen_tcp:shutdown(C, write)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:send(A, <<"reply">>)]),
    io:format("~p~n", [gen_tcp:recv(C, 0)]),
    io:format("~p~n", [gen_tcp:send(C, <<"more">>)]),
    ok = gen_tcp:close(A),
    io:format("~p~n", [gen_tcp:recv(C, 0)]),
    {C2, A2, _} = pair([binary, {active, true}]),
    io:format("~p~n", [gen_tcp:shutdown(C2, read_write)]),
    receive {tcp_closed, A2} -> io:format("peer closed~n") end,
    io:format("~p~n", [gen_tcp:send(C2, <<"x">>)]),
    {C3, A3, _} = pair([binary, {active, false}]),
    ok = gen_tcp:shutdown(C3, write),
    io:format("~p~n", [gen_tcp:recv(A3, 0)]),
    io:format("~p~n", [gen_tcp:shutdown(A3, write)]),
    io:format("~p~n", [gen_tcp:recv(C3, 0)]),
    ok = gen_tcp:close(C3),
    io:format("~p~n", [gen_tcp:shutdown(C3, write)]),
    {'EXIT', {Why, _}} = (catch gen_tcp:shutdown(A3, sideways)),
    io:format("~p~n", [Why]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
