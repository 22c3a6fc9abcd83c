#!/usr/bin/env escript
-module(net_basic_passive).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp listen/connect/accept/send/recv in binary passive mode, both directions, iolists, close

main(_) ->
    {C, A, L} = pair([binary, {active, false}]),
    io:format("~p~n", [gen_tcp:send(C, <<"hello">>)]),
    io:format("~p~n", [gen_tcp:recv(A, 5)]),
    io:format("~p~n", [gen_tcp:send(A, ["wor", $l, [<<"d">>]])]),
    io:format("~p~n", [gen_tcp:recv(C, 5)]),
    ok = gen_tcp:send(C, <<1,2,3>>),
    ok = gen_tcp:send(C, <<4,5,6>>),
    io:format("~p~n", [gen_tcp:recv(A, 2)]),
    io:format("~p~n", [gen_tcp:recv(A, 4)]),
    ok = gen_tcp:send(C, <<>>),
    ok = gen_tcp:send(C, <<"x">>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    Big = list_to_binary(lists:duplicate(100000, $z)),
    ok = gen_tcp:send(C, Big),
    {ok, Got} = gen_tcp:recv(A, 100000),
    io:format("big ~p~n", [Got =:= Big]),
    io:format("~p ~p~n", [is_port(C), is_port(A)]),
    io:format("~p~n", [gen_tcp:close(C)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:close(A)]),
    io:format("~p~n", [gen_tcp:close(L)]),
    io:format("~p~n", [gen_tcp:send(C, <<"late">>)]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
