#!/usr/bin/env escript
-module(ge_delete_handler).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: delete_handler returns terminate/2's result ; errors caught; module_not_found

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, s1),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, {reply, 42})]),
    ok = gen_event:add_handler(M, ?MODULE, s2),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, exit)]),
    ok = gen_event:add_handler(M, ?MODULE, s3),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, throw)]),
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, none)]),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, x}, none)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:stop(M)]).

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate({reply, V}, S) ->
    io:format("terminate in ~p~n", [S]),
    {terminated, V, S};
terminate(exit, _S) ->
    exit(in_terminate);
terminate(throw, _S) ->
    throw(thrown_from_terminate);
terminate(Other, S) ->
    io:format("terminate ~p ~p~n", [Other, S]).
