#!/usr/bin/env escript
-module(ge_handler_crash).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: a handler exiting in handle_event: ERROR REPORT, terminate({error, {'EXIT', R}}), others go on
%% (each crash is followed by a sleep: OTP's logger prints the report from another process)

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
    timer:sleep(50),
    ok = gen_event:sync_notify(M, hello),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, S, R}, S) -> exit(R);
handle_event(hello, S) ->
    io:format("~p got hello~n", [S]),
    {ok, S};
%% (nothing printed for the event that crashed another handler: the report is
%% printed by the logger, concurrently)
handle_event(_, S) ->
    {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
