#!/usr/bin/env escript
-module(gsrv_bad_return).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: bad return values from handle_call/cast/info: the server terminates
%% with {bad_return_value, V}, the report (no stack trace in the reason), the
%% caller's exit

init(S) -> {ok, S}.
handle_call(bad, _From, _S) -> {ok, not_a_reply}.
handle_cast(bad, _S) -> {reply, no, way}.
handle_info(bad, _S) -> what.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, state1, []),
    R = (catch gen_server:call(P, bad)),
    timer:sleep(50),
    io:format("~p~n", [R]),
    {ok, P2} = gen_server:start(?MODULE, state2, []),
    M2 = monitor(process, P2),
    gen_server:cast(P2, bad),
    receive {'DOWN', M2, _, _, R2} -> timer:sleep(50), io:format("~p~n", [R2]) end,
    {ok, P3} = gen_server:start(?MODULE, state3, []),
    M3 = monitor(process, P3),
    P3 ! bad,
    receive {'DOWN', M3, _, _, R3} -> timer:sleep(50), io:format("~p~n", [R3]) end,
    ok.
