#!/usr/bin/env escript
-module(net_port_links).
-export([main/1]).
-mode(compile).
%% Exercises: a socket is linked to its owner: process_info links, unlink/1, exit/2 on a port, port_close/1 gives a trapping owner {'EXIT', Port, normal}, gen_tcp:close/1 does not, link/1 to a closed port

main(_) ->
    process_flag(trap_exit, true),
    {C, A, L} = pair([binary, {active, false}]),
    {links, Ls} = process_info(self(), links),
    io:format("~p~n", [[lists:member(S, Ls) || S <- [C, A, L]]]),
    ok = gen_tcp:close(A),
    io:format("~p~n", [flush()]),
    {links, Ls2} = process_info(self(), links),
    io:format("~p~n", [lists:member(A, Ls2)]),
    true = erlang:port_close(C),
    io:format("~p~n", [flush()]),
    true = unlink(L),
    {links, Ls3} = process_info(self(), links),
    io:format("~p~n", [lists:member(L, Ls3)]),
    io:format("~p~n", [erlang:port_info(L, links)]),
    true = exit(L, normal),
    io:format("~p~n", [erlang:port_info(L, name)]),
    true = exit(L, kill),
    io:format("~p~n", [erlang:port_info(L, name)]),
    io:format("~p~n", [flush()]),
    true = link(L),
    io:format("~p~n", [flush()]),
    {C2, A2, _} = pair([binary, {active, false}]),
    Self = self(),
    Linker = spawn(fun() -> link(A2), Self ! linked, receive go -> exit(crash) end end),
    receive linked -> ok end,
    {links, PL} = erlang:port_info(A2, links),
    io:format("~p~n", [lists:sort(PL) =:= lists:sort([self(), Linker])]),
    Linker ! go,
    timer:sleep(20),
    io:format("~p~n", [erlang:port_info(A2, name)]),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [gen_tcp:recv(C2, 0)]),
    process_flag(trap_exit, false),
    {'EXIT', {Why, _}} = (catch link(A2)),
    io:format("~p~n", [Why]).

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
