#!/usr/bin/env escript
-module(ge_remove_handler).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: remove_handler from handle_event/handle_info and {remove_handler, Reply} from handle_call

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, a),
    ok = gen_event:add_handler(M, {?MODULE, b}, b),
    ok = gen_event:add_handler(M, {?MODULE, c}, c),
    ok = gen_event:sync_notify(M, {remove, b}),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, c}, remove)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, c}, remove)]),
    M ! {remove, a},
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({remove, S}, S) -> remove_handler;
handle_event(E, S) ->
    io:format("~p sees ~p~n", [S, E]),
    {ok, S}.

handle_call(remove, S) -> {remove_handler, {bye_from, S}}.

handle_info({remove, S}, S) -> remove_handler;
handle_info(_, S) -> {ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
