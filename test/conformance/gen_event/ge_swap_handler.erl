#!/usr/bin/env escript
-module(ge_swap_handler).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: swap_handler/3: terminate's result passed to the new init, missing old handler, failing new init

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, 10),
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, a}, to_b}, {{?MODULE, b}, hello})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, b}, state)]),
    %% the old handler is not there: the new init gets {Args2, error}
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, zz}, x}, {{?MODULE, c}, again})]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, c}, state)]),
    %% the new handler's init fails: the old one is gone anyway
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, c}, x}, {{?MODULE, d}, fail})]),
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, b}, x}, {{?MODULE, d}, exit})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:add_handler(M, ?MODULE, 1),
    io:format("~p~n", [gen_event:swap_handler(M, {?MODULE, x}, {{?MODULE, e}, plain})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init({fail, _}) -> {error, no_way};
init({exit, _}) -> exit(init_exit);
init({Args, Old}) ->
    io:format("init from swap ~p ~p~n", [Args, Old]),
    {ok, {Args, Old}};
init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(state, S) -> {ok, S, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    {old_state, S}.
