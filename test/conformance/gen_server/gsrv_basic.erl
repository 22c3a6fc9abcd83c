#!/usr/bin/env escript
-module(gsrv_basic).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: gen_server start/3, call/2,3, cast/2, plain messages to handle_info/2,
%% the order in which they are handled, the From argument of handle_call

init(Start) -> {ok, [Start]}.

handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call(from, {Pid, _Tag} = From, S) ->
    {reply, {Pid =:= whereis(gsrv_basic_main), tuple_size(From)}, S};
handle_call({push, X}, _From, S) -> {reply, ok, [X | S]}.

handle_cast({push, X}, S) -> {noreply, [{cast, X} | S]}.

handle_info(Msg, S) -> {noreply, [{info, Msg} | S]}.

main(_) ->
    register(gsrv_basic_main, self()),
    {ok, P} = gen_server:start(?MODULE, first, []),
    ok = gen_server:call(P, {push, 1}),
    ok = gen_server:cast(P, {push, 2}),
    P ! three,
    ok = gen_server:call(P, {push, 4}, 1000),
    ok = gen_server:cast(P, {push, 5}),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen_server:call(P, from, infinity)]),
    io:format("~p~n", [gen_server:cast(P, {push, 6})]),
    io:format("~p~n", [gen_server:call(P, get, 500)]),
    ok.
