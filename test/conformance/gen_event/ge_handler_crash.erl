#!/usr/bin/env escript
-module(ge_handler_crash).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: a handler exiting in handle_event: ERROR REPORT, terminate({error, {'EXIT', R}}), others go on

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, a),
    ok = gen_event:add_handler(M, {?MODULE, b}, b),
    ok = gen_event:sync_notify(M, {crash, b, {reason, [1, 2]}}),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:sync_notify(M, hello),
    ok = gen_event:add_handler(M, ?MODULE, c),
    gen_event:notify(M, {crash, c, normal}),
    ok = gen_event:sync_notify(M, hello),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, S, R}, S) -> exit(R);
handle_event(E, S) ->
    io:format("~p got ~p~n", [S, E]),
    {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
