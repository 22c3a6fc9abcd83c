#!/usr/bin/env escript
-module(net_large_data).
-export([main/1]).
-mode(compile).
%% Exercises: large transfers: 4 MB through a passive socket read in pieces while the sender blocks, packet 4 with a 1 MB packet, active mode reassembling the bytes

main(_) ->
    {C, A, _L} = pair([binary, {active, false}]),
    Big = binary:copy(list_to_binary(lists:seq(0, 255)), 16 * 1024),
    Self = self(),
    spawn(fun() -> Self ! {sent, gen_tcp:send(C, Big)} end),
    Got = read_all(A, byte_size(Big), []),
    receive {sent, R} -> io:format("send ~p~n", [R]) end,
    io:format("~p ~p~n", [byte_size(Got), Got =:= Big]),
    ok = inet:setopts(A, [{packet, 4}]),
    ok = inet:setopts(C, [{packet, 4}]),
    Mb = binary:part(Big, 0, 1024 * 1024),
    ok = gen_tcp:send(C, Mb),
    {ok, Pkt} = gen_tcp:recv(A, 0),
    io:format("packet ~p ~p~n", [byte_size(Pkt), Pkt =:= Mb]),
    ok = inet:setopts(A, [{packet, raw}, {active, true}]),
    ok = inet:setopts(C, [{packet, raw}]),
    ok = gen_tcp:send(C, Mb),
    Act = collect(A, byte_size(Mb), []),
    io:format("active ~p ~p~n", [byte_size(Act), Act =:= Mb]),
    ok = gen_tcp:close(C),
    receive {tcp_closed, A} -> io:format("closed~n") end.

read_all(_S, 0, Acc) -> iolist_to_binary(lists:reverse(Acc));
read_all(S, Left, Acc) ->
    {ok, D} = gen_tcp:recv(S, min(Left, 65536)),
    read_all(S, Left - byte_size(D), [D | Acc]).

collect(_S, 0, Acc) -> iolist_to_binary(lists:reverse(Acc));
collect(S, Left, Acc) ->
    receive {tcp, S, D} -> collect(S, Left - byte_size(D), [D | Acc]) end.

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
