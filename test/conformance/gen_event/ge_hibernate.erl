#!/usr/bin/env escript
-module(ge_hibernate).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2]).
-mode(compile).
%% Exercises: hibernate returns from init/handle_event/handle_call/handle_info, and hibernate_after

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, hib),
    show(M),
    ok = gen_event:sync_notify(M, wake),
    show(M),
    ok = gen_event:sync_notify(M, hib),
    show(M),
    io:format("~p~n", [gen_event:call(M, ?MODULE, hib)]),
    show(M),
    io:format("~p~n", [gen_event:call(M, ?MODULE, count)]),
    show(M),
    M ! hib,
    show(M),
    io:format("~p~n", [gen_event:call(M, ?MODULE, count)]),
    ok = gen_event:stop(M),
    {ok, A} = gen_event:start([{hibernate_after, 50}]),
    ok = gen_event:add_handler(A, ?MODULE, x),
    show(A),
    timer:sleep(150),
    show(A),
    io:format("~p~n", [gen_event:call(A, ?MODULE, count)]),
    show(A),
    ok = gen_event:stop(A),
    io:format("done~n").

show(M) ->
    timer:sleep(20),
    {current_function, F} = process_info(M, current_function),
    io:format("~p~n", [F]).

init(hib) -> {ok, 0, hibernate};
init(_) -> {ok, 0}.

handle_event(hib, N) -> {ok, N + 1, hibernate};
handle_event(_, N) -> {ok, N + 1}.

handle_call(hib, N) -> {ok, hibernating, N + 1, hibernate};
handle_call(count, N) -> {ok, N, N}.

handle_info(hib, N) -> {ok, N + 1, hibernate}.
