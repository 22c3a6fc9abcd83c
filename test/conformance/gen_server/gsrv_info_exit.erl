#!/usr/bin/env escript
-module(gsrv_info_exit).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: a trapping server with linked workers: their 'EXIT' messages and
%% 'DOWN' messages of its monitors reach handle_info/2; a server that links to a
%% process that dies while not trapping exits dies with the same reason (no report)

init(Trap) -> process_flag(trap_exit, Trap), {ok, []}.
handle_call({link_to, P}, _From, S) -> link(P), {reply, ok, S};
handle_call({monitor, P}, _From, S) -> {reply, ok, [monitor(process, P) | S]};
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info({'EXIT', _, R}, S) -> io:format("EXIT ~p~n", [R]), {noreply, S};
handle_info({'DOWN', Ref, process, _, R}, S) ->
    io:format("DOWN ~p ~p~n", [R, lists:member(Ref, S)]), {noreply, lists:delete(Ref, S)}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, true, []),
    W1 = spawn(fun() -> receive go -> exit(worker_done) end end),
    W2 = spawn(fun() -> receive go -> ok end end),
    ok = gen_server:call(P, {link_to, W1}),
    ok = gen_server:call(P, {monitor, W2}),
    W1 ! go,
    timer:sleep(10),
    W2 ! go,
    timer:sleep(30),
    io:format("~p~n", [gen_server:call(P, get)]),
    {ok, P2} = gen_server:start(?MODULE, false, []),
    M = monitor(process, P2),
    W3 = spawn(fun() -> receive go -> exit(took_server_down) end end),
    ok = gen_server:call(P2, {link_to, W3}),
    W3 ! go,
    receive {'DOWN', M, _, _, R} -> timer:sleep(50), io:format("~p~n", [R]) end,
    ok.
