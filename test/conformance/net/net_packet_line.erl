#!/usr/bin/env escript
-module(net_packet_line).
-export([main/1]).
-mode(compile).
%% Exercises: {packet, line}: lines split on newline however the bytes arrive, active and passive; a line longer than packet_size comes in pieces; list mode

main(_) ->
    {C, A, _} = pair([binary, {active, false}, {packet, line}]),
    ok = inet:setopts(C, [{packet, raw}]),
    ok = gen_tcp:send(C, <<"first line\nsec">>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    ok = gen_tcp:send(C, <<"ond\n\nthird\n">>),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0, 50)]),
    ok = inet:setopts(A, [{active, true}, list]),
    ok = gen_tcp:send(C, "a\r\nb\nc"),
    io:format("~p~n", [flush()]),
    ok = gen_tcp:send(C, "\n"),
    io:format("~p~n", [flush()]),
    ok = inet:setopts(A, [{packet_size, 4}, binary]),
    ok = gen_tcp:send(C, "abcdefghij\nk\n"),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [inet:getopts(A, [packet, packet_size])]),
    {C2, A2, _} = pair([{packet, line}, {active, false}]),
    ok = gen_tcp:send(C2, "no newline added"),
    io:format("~p~n", [gen_tcp:recv(A2, 0, 50)]),
    ok = gen_tcp:send(A2, "x
"),
    io:format("~p~n", [gen_tcp:recv(C2, 0)]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.

flush() ->
    receive M -> [noport(M) | flush()] after 50 -> [] end.

%% Ports differ from run to run: a socket in a message prints as 'S'.
noport(T) when is_port(T) -> 'S';
noport(T) when is_tuple(T) -> list_to_tuple([noport(X) || X <- tuple_to_list(T)]);
noport(T) -> T.
