#!/usr/bin/env escript
-module(gsrv_client_info).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, client/1]).
-mode(compile).
%% Exercises: the client part of the terminating report: a registered client (its
%% name), a client that is already dead when the server crashes, a call with
%% infinity (gen:do_call's other clause)

init(S) -> {ok, S}.
handle_call(crash_later, {Pid, _Tag}, _S) -> {noreply, Pid};
handle_call(crash, _From, S) -> erlang:error({crash, S}).
handle_cast(crash_now, Pid) -> erlang:error({crash_for, Pid =/= self()}).

client(P) ->
    register(gsrv_client_info_c, self()),
    catch gen_server:call(P, crash, infinity).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, one, []),
    M = monitor(process, P),
    proc_lib:spawn(?MODULE, client, [P]),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100) end,
    {ok, P2} = gen_server:start(?MODULE, two, []),
    M2 = monitor(process, P2),
    {C, CM} = spawn_monitor(fun() -> gen_server:call(P2, crash_later, 50) end),
    receive {'DOWN', CM, _, C, CR} -> io:format("client ~p~n", [element(1, CR)]) end,
    gen_server:cast(P2, crash_now),
    receive {'DOWN', M2, _, _, _} -> timer:sleep(100) end,
    ok.
