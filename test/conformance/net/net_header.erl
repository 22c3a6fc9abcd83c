#!/usr/bin/env escript
-module(net_header).
-export([main/1]).
-mode(compile).
%% Exercises: {header, N} in binary mode: the first N bytes come as a list, the rest as a binary; packet modes with a header

main(_) ->
    {C, A, _} = pair([binary, {active, false}, {header, 2}]),
    ok = gen_tcp:send(C, <<"abcdef">>),
    io:format("~p~n", [gen_tcp:recv(A, 6)]),
    ok = gen_tcp:send(C, <<"xy">>),
    io:format("~p~n", [gen_tcp:recv(A, 2)]),
    ok = gen_tcp:send(C, <<"z">>),
    io:format("~p~n", [gen_tcp:recv(A, 1)]),
    ok = inet:setopts(A, [{packet, 1}]),
    ok = inet:setopts(C, [{packet, 1}]),
    ok = gen_tcp:send(C, <<1, 2, 3, 4>>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    ok = inet:setopts(A, [{active, once}, {header, 3}]),
    ok = gen_tcp:send(C, <<"hello">>),
    receive {tcp, A, D} -> io:format("~p~n", [D]) end,
    ok = inet:setopts(A, [list]),
    ok = gen_tcp:send(C, <<"list">>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [inet:getopts(A, [header])]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
