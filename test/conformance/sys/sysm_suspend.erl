#!/usr/bin/env escript
-module(sysm_suspend).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:suspend/1,2 and resume/1,2: a suspended server answers only system
%% messages (get_state works, a call waits and times out), queued casts are handled
%% after resume in order; get_status shows suspended

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, lists:reverse(S), S}.
handle_cast(X, S) -> {noreply, [X | S]}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    io:format("~p~n", [sys:suspend(P)]),
    gen_server:cast(P, a),
    gen_server:cast(P, b),
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [catch gen_server:call(P, get, 50)]),
    {status, _, {module, gen_server}, [_, SysState | _]} = sys:get_status(P),
    io:format("~p~n", [SysState]),
    io:format("~p~n", [sys:resume(P, 1000)]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p ~p~n", [sys:suspend(P, 1000), sys:resume(P)]),
    gen_server:cast(P, c),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok.
