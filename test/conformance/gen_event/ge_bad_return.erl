#!/usr/bin/env escript
-module(ge_bad_return).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: bad return values and throws from handle_event/handle_call/handle_info

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, 1),
    ok = gen_event:sync_notify(M, {bad, 1}),
    timer:sleep(50),
    ok = gen_event:add_handler(M, {?MODULE, 2}, 2),
    R2 = gen_event:call(M, {?MODULE, 2}, bad),
    timer:sleep(50),
    io:format("~p~n", [R2]),
    ok = gen_event:add_handler(M, {?MODULE, 3}, 3),
    R3 = gen_event:call(M, {?MODULE, 3}, throw),
    timer:sleep(50),
    io:format("~p~n", [R3]),
    ok = gen_event:add_handler(M, {?MODULE, 4}, 4),
    M ! {bad, 4},
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:add_handler(M, {?MODULE, 5}, 5),
    R5 = gen_event:call(M, {?MODULE, 5}, {ok, short}),
    timer:sleep(50),
    io:format("~p~n", [R5]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({bad, S}, S) -> {okay, S}.

handle_call(bad, _S) -> what;
handle_call(throw, S) -> throw({thrown, S});
handle_call(Other, _S) -> Other.

handle_info({bad, S}, S) -> [not_ok].

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
