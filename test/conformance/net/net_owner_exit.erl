#!/usr/bin/env escript
-module(net_owner_exit).
-export([main/1]).
-mode(compile).
%% Exercises: a socket closes when its owner exits (normally or by a crash); the peer sees tcp_closed; a listen socket whose owner dies makes accept fail

main(_) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() ->
                                       {ok, S} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
                                       ok = gen_tcp:send(S, <<"bye">>),
                                       Self ! {sock, S},
                                       receive go -> ok end
                               end),
    {ok, A} = gen_tcp:accept(L),
    S = receive {sock, X} -> X end,
    io:format("~p~n", [gen_tcp:recv(A, 3)]),
    Pid ! go,
    receive {'DOWN', Ref, process, Pid, R} -> io:format("owner down ~p~n", [R]) end,
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [erlang:port_info(S)]),
    io:format("~p~n", [gen_tcp:send(S, <<"x">>)]),
    {Pid2, Ref2} = spawn_monitor(fun() ->
                                         {ok, S2} = gen_tcp:connect({127,0,0,1}, P, [binary]),
                                         Self ! {sock, S2},
                                         receive go -> ok end,
                                         erlang:error(crash)
                                 end),
    {ok, A2} = gen_tcp:accept(L),
    ok = inet:setopts(A2, [{active, true}]),
    receive {sock, _} -> ok end,
    Pid2 ! go,
    receive {'DOWN', Ref2, process, Pid2, {R2, _}} -> ok end,
    receive {tcp_closed, A2} -> ok end,
    timer:sleep(50),
    io:format("owner down ~p~npeer sees tcp_closed~n", [R2]),
    L2Owner = spawn(fun() ->
                            {ok, L2} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
                            Self ! {l2, L2},
                            receive go -> ok end
                    end),
    L2 = receive {l2, Y} -> Y end,
    spawn(fun() -> timer:sleep(30), L2Owner ! go end),
    io:format("~p~n", [gen_tcp:accept(L2)]),
    io:format("~p~n", [gen_tcp:accept(L2)]).
