#!/usr/bin/env escript
-module(net_packet_n).
-export([main/1]).
-mode(compile).
%% Exercises: {packet, 1|2|4}: send adds the length header, recv and active messages return whole packets; a raw peer sees the headers

main(_) ->
    lists:foreach(fun(N) -> one(N) end, [1, 2, 4]),
    {C, A, _} = pair([binary, {active, false}, {packet, 2}]),
    ok = inet:setopts(C, [{packet, raw}]),
    ok = gen_tcp:send(C, <<0, 3, "abc", 0, 0, 0, 2>>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0, 50)]),
    ok = gen_tcp:send(C, <<0>>),
    io:format("~p~n", [gen_tcp:recv(A, 0, 30)]),
    ok = gen_tcp:send(C, <<1, "z">>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    {C1, _A1, _} = pair([binary, {active, false}, {packet, 1}]),
    io:format("~p~n", [gen_tcp:send(C1, binary:copy(<<"x">>, 256))]),
    io:format("~p~n", [gen_tcp:send(C1, binary:copy(<<"x">>, 255))]).

one(N) ->
    {C, A, _} = pair([binary, {active, false}, {packet, N}]),
    ok = gen_tcp:send(C, <<"hello">>),
    ok = gen_tcp:send(C, ["a", <<"b">>]),
    ok = gen_tcp:send(C, <<>>),
    io:format("~p ~p~n", [N, [gen_tcp:recv(A, 0) || _ <- [1, 2, 3]]]),
    ok = inet:setopts(A, [{packet, raw}]),
    ok = gen_tcp:send(C, <<"xyz">>),
    {ok, Raw} = gen_tcp:recv(A, N + 3),
    io:format("raw ~p~n", [Raw]),
    ok = inet:setopts(A, [{packet, N}, {active, true}]),
    ok = gen_tcp:send(C, <<"act">>),
    receive {tcp, A, D} -> io:format("active ~p~n", [D]) end.

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
