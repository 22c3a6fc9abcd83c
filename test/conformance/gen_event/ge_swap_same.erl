#!/usr/bin/env escript
-module(ge_swap_same).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: swapping a handler for itself, for an installed one, for another id; positions kept

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, one),
    ok = gen_event:add_handler(M, {?MODULE, 2}, two),
    ok = gen_event:add_handler(M, {?MODULE, 3}, three),
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, 2}, a}, {{?MODULE, 2}, b})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 2}, state)]),
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, 2}, a}, {{?MODULE, 3}, b})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 3}, state)]),
    %% a swap done by a callback puts the new handler where the old one was
    ok = gen_event:sync_notify(M, {swap, one, {?MODULE, 9}}),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:swap_handler(M, {?MODULE, x}, {?MODULE, y})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init({Args, Old}) -> {ok, {Args, Old}};
init(S) -> {ok, S}.

handle_event({swap, S, To}, S) -> {swap_handler, bye, S, To, hello};
handle_event(_, S) -> {ok, S}.

handle_call(state, S) -> {ok, S, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    {was, S}.
