#!/usr/bin/env escript
-module(ge_stop).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: stop/1 and stop/3: terminate(stop, S) for every handler, the exit reason, errors

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, 1),
    ok = gen_event:add_handler(M, {?MODULE, 2}, 2),
    Ref = monitor(process, M),
    io:format("~p~n", [gen_event:stop(M, {shutdown, why}, infinity)]),
    receive {'DOWN', Ref, process, M, R} -> io:format("down ~p~n", [R]) end,
    {ok, M2} = gen_event:start(),
    ok = gen_event:add_handler(M2, {?MODULE, 3}, 3),
    Ref2 = monitor(process, M2),
    io:format("~p~n", [gen_event:stop(M2)]),
    receive {'DOWN', Ref2, process, M2, R2} -> io:format("down ~p~n", [R2]) end,
    %% a terminate/2 that crashes does not stop the others
    {ok, M3} = gen_event:start(),
    ok = gen_event:add_handler(M3, {?MODULE, 4}, 4),
    ok = gen_event:add_handler(M3, {?MODULE, crash}, crash),
    io:format("~p~n", [gen_event:stop(M3, normal, 1000)]),
    io:format("~p~n", [e(catch gen_event:stop(M3))]),
    io:format("~p~n", [e(catch gen_event:stop(ge_stop_nobody))]),
    io:format("~p~n", [e(catch gen_event:stop(ge_stop_nobody, normal, 100))]),
    {ok, M4} = gen_event:start(),
    ok = gen_event:add_handler(M4, {?MODULE, slow}, slow),
    io:format("~p~n", [e(catch gen_event:stop(M4, normal, 50))]),
    timer:sleep(300),
    io:format("done~n").

%% the error and the function it was raised in, without the (file, line) locations
e({'EXIT', {R, [{Mod, F, A, _} | _]}}) -> {R, {Mod, F, A}};
e(Other) -> Other.

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, crash) ->
    io:format("terminate ~p crash~n", [Arg]),
    exit(crash_in_terminate);
terminate(Arg, slow) ->
    timer:sleep(200),
    io:format("terminate ~p slow~n", [Arg]);
terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
