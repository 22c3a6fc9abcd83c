#!/usr/bin/env escript
-module(sysm_get_state).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:get_state/1,2 and replace_state/2,3 on a gen_server: the new state
%% is used by the server, a replace fun that fails (the caller gets the error and the
%% server keeps its state), errors for a dead process and a timeout

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S};
handle_call(block, _From, S) -> timer:sleep(200), {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start({local, sysm_gs}, ?MODULE, #{n => 1}, []),
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [sys:get_state(sysm_gs, 1000)]),
    io:format("~p~n", [sys:replace_state(P, fun(S) -> S#{n := 2} end)]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [sys:replace_state(sysm_gs, fun(S) -> S#{m => 3} end, infinity)]),
    R = (catch sys:replace_state(P, fun(_) -> error(oops) end)),
    io:format("~p~n", [element(1, element(2, R))]),
    io:format("~p~n", [gen_server:call(P, get)]),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("~p~n", [catch sys:get_state(Dead)]),
    io:format("~p~n", [catch sys:get_state(sysm_nobody)]),
    Self = self(),
    spawn(fun() -> Self ! {blocked, gen_server:call(P, block)} end),
    timer:sleep(10),
    io:format("~p~n", [catch sys:get_state(P, 20)]),
    receive {blocked, B} -> io:format("~p~n", [B]) end,
    timer:sleep(10),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    ok.
