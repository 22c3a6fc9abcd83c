#!/usr/bin/env escript
-module(sysm_format_status).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/2]).
-mode(compile).
%% Exercises: format_status/2 of a gen_server: its result in sys:get_status (normal)
%% and in the terminating report (terminate), a format_status/2 that crashes

init(S) -> {ok, S}.
handle_call(crash, _From, S) -> erlang:error({crash, S});
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
format_status(normal, [_PDict, {secret, _}]) -> [{data, [{"State", hidden}]}];
format_status(terminate, [_PDict, {secret, _}]) -> {redacted, state};
format_status(_, [_PDict, _]) -> erlang:error(bad_format).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, {secret, 42}, []),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    io:format("~p~n", [lists:last(Misc)]),
    M = monitor(process, P),
    catch gen_server:call(P, crash),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100) end,
    {ok, P2} = gen_server:start(?MODULE, plain, []),
    R = (catch sys:get_status(P2)),
    io:format("~p~n", [element(1, R)]),
    M2 = monitor(process, P2),
    catch gen_server:call(P2, crash),
    receive {'DOWN', M2, _, _, _} -> timer:sleep(100) end,
    ok.
