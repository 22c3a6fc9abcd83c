#!/usr/bin/env escript
-module(net_recv_len).
-export([main/1]).
-mode(compile).
%% Exercises: recv/2,3 in raw mode: exact lengths wait for all the bytes, 0 takes what is there, timeouts return {error, timeout} and keep the data

main(_) ->
    {C, A, _} = pair([binary, {active, false}]),
    io:format("~p~n", [gen_tcp:recv(A, 0, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 3, 30)]),
    ok = gen_tcp:send(C, <<"ab">>),
    io:format("~p~n", [gen_tcp:recv(A, 3, 100)]),
    ok = gen_tcp:send(C, <<"c">>),
    io:format("~p~n", [gen_tcp:recv(A, 3, 1000)]),
    Self = self(),
    spawn(fun() -> timer:sleep(30), ok = gen_tcp:send(C, <<"late">>), Self ! sent end),
    io:format("~p~n", [gen_tcp:recv(A, 4, 2000)]),
    receive sent -> ok end,
    ok = gen_tcp:send(C, <<"12345">>),
    timer:sleep(20),
    io:format("~p~n", [gen_tcp:recv(A, 2)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    P = spawn(fun() -> Self ! {got, gen_tcp:recv(A, 5)} end),
    timer:sleep(20),
    ok = gen_tcp:send(C, <<"other">>),
    receive {got, R} -> io:format("other process ~p~n", [R]) end,
    io:format("~p~n", [is_process_alive(P)]),
    {'EXIT', {Why, _}} = (catch gen_tcp:recv(id(nosock), 0)),
    io:format("~p~n", [Why]),
    io:format("~p~n", [flush()]).

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

id(X) -> X.
