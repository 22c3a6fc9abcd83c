#!/usr/bin/env escript
-module(plib_initial_call).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, worker/2]).
-mode(compile).
%% Exercises: proc_lib:initial_call/1 and translate_initial_call/1 for a gen_server
%% (the callback module's init/1), a proc_lib worker, a process_info list, a plain
%% process; process_info(P, initial_call) shows proc_lib:init_p/5

init(S) -> {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

worker(_, _) -> receive stop -> ok end.

main(_) ->
    {ok, G} = gen_server:start(?MODULE, s, []),
    W = proc_lib:spawn(?MODULE, worker, [a, b]),
    Plain = spawn(fun() -> receive stop -> ok end end),
    timer:sleep(10),
    [io:format("~p ~p ~p~n", [proc_lib:initial_call(P), proc_lib:translate_initial_call(P),
                              process_info(P, initial_call)]) || P <- [G, W, Plain]],
    Info = process_info(W),
    io:format("~p~n", [proc_lib:initial_call(Info)]),
    io:format("~p~n", [proc_lib:translate_initial_call(process_info(Plain))]),
    [P ! stop || P <- [W, Plain]],
    ok.
