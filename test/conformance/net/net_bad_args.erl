#!/usr/bin/env escript
-module(net_bad_args).
-export([main/1]).
-mode(compile).
%% Exercises: bad arguments to gen_tcp, gen_udp and inet: function_clause, exit badarg, bad_generator, and einval with the port's "Bad value" error report for data that is no iodata

main(_) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}, binary, {active, false}]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
    {ok, A} = gen_tcp:accept(L),
    {ok, U} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    slow(fun() -> gen_tcp:send(C, foo) end),
    slow(fun() -> gen_tcp:send(C, [1, 2, 300]) end),
    [io:format("~p~n", [w(F)]) || F <- [
        fun() -> gen_tcp:recv(A, -1) end,
        fun() -> gen_tcp:recv(A, foo) end,
        fun() -> gen_tcp:recv(A, 0, foo) end,
        fun() -> gen_tcp:accept(L, foo) end,
        fun() -> inet:setopts(A, foo) end,
        fun() -> inet:getopts(A, foo) end,
        fun() -> inet:setopts(foo, []) end,
        fun() -> inet:port(foo) end,
        fun() -> gen_tcp:close(foo) end,
        fun() -> gen_udp:send(U, {127,0,0,1}, 99999, "x") end,
        fun() -> gen_udp:send(U, {1,2,3}, 9, "x") end,
        fun() -> gen_udp:recv(U, 0) end,
        fun() -> gen_udp:open(-1) end,
        fun() -> gen_tcp:recv(U, 0, 10) end,
        fun() -> gen_tcp:send(C, <<"still fine">>) end,
        fun() -> gen_tcp:recv(A, 10) end
    ]],
    ok.

%% The error report is printed by the logger after the call returns: wait for it.
slow(F) ->
    R = w(F),
    timer:sleep(50),
    io:format("~p~n", [R]).

w(F) -> try F() of R -> R catch C:E -> {C, E} end.
