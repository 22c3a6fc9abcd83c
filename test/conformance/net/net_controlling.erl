#!/usr/bin/env escript
-module(net_controlling).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp:controlling_process/2: not_owner, handing a socket on (queued messages move with it), the new owner gets the data, a dead new owner closes it

main(_) ->
    {C, A, _L} = pair([binary, {active, true}]),
    Self = self(),
    Other = spawn(fun() -> Self ! {other, gen_tcp:controlling_process(A, self())} end),
    receive {other, R0} -> io:format("not owner: ~p~n", [R0]) end,
    io:format("~p~n", [is_process_alive(Other)]),
    ok = gen_tcp:send(C, <<"queued">>),
    timer:sleep(30),
    New = spawn(fun() ->
                        receive go -> ok end,
                        Got = flush(),
                        Self ! {new_got, Got},
                        receive {tcp, _, D} -> Self ! {new_got, D} end,
                        receive stop -> ok end
                end),
    io:format("~p~n", [gen_tcp:controlling_process(A, New)]),
    io:format("~p~n", [flush()]),
    New ! go,
    receive {new_got, G1} -> io:format("new owner: ~p~n", [G1]) end,
    ok = gen_tcp:send(C, <<"later">>),
    receive {new_got, G2} -> io:format("new owner: ~p~n", [G2]) end,
    io:format("~p~n", [gen_tcp:controlling_process(A, self())]),
    {connected, Owner} = erlang:port_info(A, connected),
    io:format("owner is new: ~p~n", [Owner =:= New]),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("~p~n", [gen_tcp:controlling_process(C, Dead)]),
    io:format("~p~n", [gen_tcp:send(C, <<"x">>)]),
    io:format("~p~n", [gen_tcp:controlling_process(C, self())]),
    io:format("~p~n", [gen_tcp:controlling_process(C, self())]),
    New ! stop,
    {'EXIT', {Why, _}} = (catch gen_tcp:controlling_process(A, not_a_pid)),
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
