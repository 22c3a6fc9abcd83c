#!/usr/bin/env escript
-module(net_echo_procs).
-export([main/1]).
-mode(compile).
%% Exercises: an echo server with a process per connection (controlling_process, {active, once}) and several concurrent clients in list and binary mode

main(_) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {packet, 2}, {ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    Self = self(),
    Server = spawn(fun() -> acceptor(L, 4) end),
    ok = gen_tcp:controlling_process(L, Server),
    Clients = [spawn(fun() -> client(Self, P, N) end) || N <- lists:seq(1, 4)],
    Results = [receive {done, C, R} -> R end || C <- Clients],
    [io:format("~p~n", [R]) || R <- Results],
    Server ! {stop, self()},
    receive stopped -> ok end,
    io:format("~p~n", [gen_tcp:connect({127,0,0,1}, P, [])]).

acceptor(L, 0) ->
    receive {stop, From} -> gen_tcp:close(L), From ! stopped end;
acceptor(L, N) ->
    {ok, S} = gen_tcp:accept(L),
    Pid = spawn(fun() -> receive go -> echo(S) end end),
    ok = gen_tcp:controlling_process(S, Pid),
    Pid ! go,
    acceptor(L, N - 1).

echo(S) ->
    ok = inet:setopts(S, [{active, once}]),
    receive
        {tcp, S, Data} -> ok = gen_tcp:send(S, [<<"echo:">>, Data]), echo(S);
        {tcp_closed, S} -> ok
    end.

client(Parent, P, N) ->
    Mode = case N rem 2 of 0 -> binary; 1 -> list end,
    {ok, S} = gen_tcp:connect({127,0,0,1}, P, [Mode, {active, false}, {packet, 2}]),
    Replies = [begin
                   ok = gen_tcp:send(S, io_lib:format("client ~w msg ~w", [N, I])),
                   {ok, R} = gen_tcp:recv(S, 0),
                   R
               end || I <- [1, 2, 3]],
    ok = gen_tcp:close(S),
    Parent ! {done, self(), {N, Mode, Replies}}.
