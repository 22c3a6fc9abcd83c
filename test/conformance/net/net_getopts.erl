#!/usr/bin/env escript
-module(net_getopts).
-export([main/1]).
-mode(compile).
%% Exercises: inet:getopts/setopts: defaults of a connected socket, options inherited by accept, changing several at once, unknown options, closed sockets

main(_) ->
    {C, A, _L} = pair([binary, {active, false}, {packet, 2}, {nodelay, true}, {keepalive, true}]),
    Names = [active, packet, mode, nodelay, keepalive, reuseaddr, exit_on_close, header, packet_size,
             send_timeout, send_timeout_close, delay_send],
    io:format("~p~n", [inet:getopts(A, Names)]),
    io:format("~p~n", [inet:getopts(C, Names)]),
    {ok, D} = gen_tcp:connect({127,0,0,1}, element(2, inet:port(element(3, {C, A, _L}))), []),
    io:format("~p~n", [inet:getopts(D, Names)]),
    ok = inet:setopts(A, [{active, once}, list, {packet, line}, {nodelay, false}, {send_timeout, 5000},
                          {exit_on_close, false}, {delay_send, true}, {header, 2}, {packet_size, 100}]),
    io:format("~p~n", [inet:getopts(A, Names)]),
    io:format("~p~n", [inet:setopts(A, [{packet, 3}])]),
    io:format("~p~n", [inet:setopts(A, [{send_timeout, -1}])]),
    io:format("~p~n", [inet:setopts(A, [{nodelay, yes}])]),
    io:format("~p~n", [inet:getopts(A, [no_such_option])]),
    io:format("~p~n", [inet:getopts(A, [])]),
    io:format("~p~n", [inet:setopts(A, [])]),
    ok = gen_tcp:close(A),
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [inet:setopts(A, [{active, true}])]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.
