#!/usr/bin/env escript
-module(ge_handler_ids).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: handlers with ids {Mod, Id}: order of which_handlers, call/delete by id

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, one}, a),
    ok = gen_event:add_handler(M, {?MODULE, two}, b),
    ok = gen_event:add_handler(M, ?MODULE, plain),
    ok = gen_event:add_handler(M, {?MODULE, {x, 3}}, c),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:sync_notify(M, ping),
    io:format("~p~n", [gen_event:call(M, {?MODULE, two}, who)]),
    io:format("~p~n", [gen_event:call(M, ?MODULE, who)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, {x, 3}}, who)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, three}, who)]),
    io:format("~p~n", [gen_event:call(M, {other_mod, one}, who)]),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, one}, bye)]),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, one}, bye)]),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, bye)]),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, bye)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    %% the same id twice: both are installed
    ok = gen_event:add_handler(M, {?MODULE, two}, d),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, two}, who)]),
    ok = gen_event:sync_notify(M, ping),
    ok = gen_event:stop(M).

init(S) -> {ok, S}.

handle_event(ping, S) ->
    io:format("ping in ~p~n", [S]),
    {ok, S}.

handle_call(who, S) -> {ok, {i_am, S}, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    {done, S}.
