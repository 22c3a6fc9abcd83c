#!/usr/bin/env escript
-module(net_accept).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp:accept/2: timeout, connections queued before accept, several processes accepting on one socket, close while a process waits in accept

main(_) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    io:format("~p~n", [gen_tcp:accept(L, 0)]),
    io:format("~p~n", [gen_tcp:accept(L, 20)]),
    {ok, C1} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
    {ok, C2} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
    ok = gen_tcp:send(C1, <<"c1">>),
    ok = gen_tcp:send(C2, <<"c2">>),
    {ok, A1} = gen_tcp:accept(L, 1000),
    {ok, A2} = gen_tcp:accept(L, 1000),
    io:format("~p ~p~n", [gen_tcp:recv(A1, 2), gen_tcp:recv(A2, 2)]),
    Self = self(),
    Acceptors = [spawn(fun() ->
                               {ok, S} = gen_tcp:accept(L),
                               {ok, D} = gen_tcp:recv(S, 0),
                               Self ! {accepted, N, D}
                       end) || N <- [1, 2, 3]],
    timer:sleep(20),
    Cs = [begin
              {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary]),
              ok = gen_tcp:send(C, integer_to_binary(I)),
              C
          end || I <- [1, 2, 3]],
    Got = lists:sort([receive {accepted, N, D} -> {N, D} end || _ <- Acceptors]),
    io:format("~p~n", [Got]),
    W = spawn(fun() -> Self ! {waiter, gen_tcp:accept(L)} end),
    timer:sleep(20),
    ok = gen_tcp:close(L),
    receive {waiter, R} -> io:format("waiter ~p~n", [R]) end,
    io:format("~p~n", [is_process_alive(W)]),
    io:format("~p~n", [length(Cs)]).
