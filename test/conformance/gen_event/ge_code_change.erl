#!/usr/bin/env escript
-module(ge_code_change).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, code_change/3]).
-mode(compile).
%% Exercises: sys:change_code on a suspended manager: code_change/3 for every handler of the module

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, {v1, 1}),
    ok = gen_event:add_handler(M, {?MODULE, 2}, {v1, 2}),
    ok = sys:suspend(M),
    io:format("~p~n", [sys:change_code(M, ?MODULE, "1.0", extra_data)]),
    io:format("~p~n", [sys:change_code(M, some_other_module, "1.0", x)]),
    ok = sys:resume(M),
    io:format("~p~n", [sys:get_state(M)]),
    ok = sys:suspend(M),
    io:format("~p~n", [sys:change_code(M, ?MODULE, {down, "0.9"}, [])]),
    ok = sys:resume(M),
    io:format("~p~n", [sys:get_state(M)]),
    ok = sys:suspend(M),
    R = sys:change_code(M, ?MODULE, crash, []),
    io:format("~p~n", [element(1, R)]),
    ok = sys:resume(M),
    io:format("~p~n", [sys:get_state(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

code_change(crash, _S, _Extra) ->
    {error, refused};
code_change({down, Vsn}, {v2, N, _}, Extra) ->
    io:format("downgrade to ~p ~p ~p~n", [Vsn, N, Extra]),
    {ok, {v1, N}};
code_change(OldVsn, {_, N}, Extra) ->
    io:format("code_change ~p ~p ~p~n", [OldVsn, N, Extra]),
    {ok, {v2, N, Extra}}.
