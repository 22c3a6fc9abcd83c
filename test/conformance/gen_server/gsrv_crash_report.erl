#!/usr/bin/env escript
-module(gsrv_crash_report).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, client/2]).
-mode(compile).
%% Exercises: the "Generic server terminating" report for a crash in handle_call
%% (with the client's stack trace, client spawned by proc_lib), handle_cast and
%% handle_info (no client), a registered server name, a throw of a non-reply

init(S) -> {ok, S}.
handle_call(crash, _From, S) -> {ok, _} = id(S), {reply, ok, S}.
handle_cast(crash, S) -> erlang:error({cast_crash, S}).
handle_info(crash, _S) -> exit(info_exit).

client(P, Parent) ->
    Parent ! {result, catch gen_server:call(P, crash)}.

main(_) ->
    {ok, P} = gen_server:start({local, gsrv_crash_report_srv}, ?MODULE, #{k => v}, []),
    C = proc_lib:spawn(?MODULE, client, [P, self()]),
    receive {result, R} -> timer:sleep(100), io:format("~p~n", [R]) end,
    io:format("~p~n", [is_process_alive(C)]),
    {ok, P2} = gen_server:start(?MODULE, [1, 2], []),
    M2 = monitor(process, P2),
    gen_server:cast(P2, crash),
    receive {'DOWN', M2, _, _, {R2, _}} -> timer:sleep(100), io:format("~p~n", [R2]) end,
    {ok, P3} = gen_server:start(?MODULE, "str", []),
    M3 = monitor(process, P3),
    P3 ! crash,
    receive {'DOWN', M3, _, _, R3} -> timer:sleep(100), io:format("~p~n", [R3]) end,
    ok.

id(X) -> X.
