#!/usr/bin/env escript
-module(gsrv_call_errors).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: how gen_server:call/2,3 fails: noproc (dead pid, unknown name, unknown
%% global and via names), a timeout, calling oneself, a bad timeout (function_clause)

init(S) -> {ok, S}.
handle_call(slow, _From, S) -> timer:sleep(200), {reply, late, S};
handle_call(fast, _From, S) -> {reply, fast, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    e(catch gen_server:call(Dead, x)),
    e(catch gen_server:call(gsrv_call_errors_none, x)),
    e(catch gen_server:call(gsrv_call_errors_none, x, 100)),
    e(catch gen_server:call({global, gsrv_call_errors_none}, x)),
    e(catch gen_server:call({via, global, gsrv_call_errors_none}, x)),
    e(catch gen_server:call(P, slow, 50)),
    timer:sleep(250),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [gen_server:call(P, fast)]),
    e(catch gen_server:call(self(), x)),
    e(catch gen_server:call(P, fast, -1)),
    ok.

e({'EXIT', {function_clause, [Top | _]}}) -> io:format("function_clause ~p~n", [Top]);
e(Other) -> io:format("~p~n", [Other]).
