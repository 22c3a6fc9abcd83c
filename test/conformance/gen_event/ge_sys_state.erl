#!/usr/bin/env escript
-module(ge_sys_state).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: sys:get_state/replace_state on a manager: [{Mod, Id, State}], a failing fun keeps the state

main(_) ->
    {ok, M} = gen_event:start({local, ge_sys_state_mgr}),
    io:format("~p~n", [sys:get_state(M)]),
    ok = gen_event:add_handler(M, ?MODULE, 1),
    ok = gen_event:add_handler(M, {?MODULE, x}, 2),
    io:format("~p~n", [sys:get_state(ge_sys_state_mgr)]),
    New = sys:replace_state(M, fun({Mod, x, S}) -> {Mod, x, S * 10};
                                  (Other) -> Other end),
    io:format("~p~n", [New]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, x}, get)]),
    %% a fun that crashes, or returns another handler's key, leaves that handler alone
    New2 = sys:replace_state(M, fun({_, false, _}) -> exit(no);
                                   ({Mod, x, S}) -> {Mod, y, S + 1} end),
    io:format("~p~n", [New2]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, x}, get)]),
    io:format("~p~n", [sys:get_state(M, 1000)]),
    ok = sys:suspend(M),
    gen_event:notify(M, inc),
    io:format("~p~n", [sys:get_state(M)]),
    ok = sys:resume(M),
    io:format("~p~n", [sys:get_state(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(inc, S) -> {ok, S + 1}.

handle_call(get, S) -> {ok, S, S}.
