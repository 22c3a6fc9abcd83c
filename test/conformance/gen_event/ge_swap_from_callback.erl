#!/usr/bin/env escript
-module(ge_swap_from_callback).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: {swap_handler, ...} returned from handle_event, handle_call and handle_info

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, one),
    ok = gen_event:sync_notify(M, {swap, {?MODULE, 2}}),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 2}, {swap, {?MODULE, 3}})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    M ! {swap, ?MODULE},
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, ?MODULE, state)]),
    %% swapping to a handler whose init fails drops the handler
    ok = gen_event:sync_notify(M, {swap, {?MODULE, fail}, fail_args}),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init({fail_args, _}) -> {error, refused};
init({Args, Old}) ->
    io:format("init ~p ~p~n", [Args, Old]),
    {ok, {new, Args}};
init(S) -> {ok, S}.

handle_event({swap, To}, S) ->
    {swap_handler, ev_args1, S, To, ev_args2};
handle_event({swap, To, A}, S) ->
    {swap_handler, ev_args1, S, To, A}.

handle_call({swap, To}, S) ->
    {swap_handler, the_reply, call_args1, S, To, call_args2};
handle_call(state, S) -> {ok, S, S}.

handle_info({swap, To}, S) ->
    {swap_handler, info_args1, S, To, info_args2}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    {from, S}.
