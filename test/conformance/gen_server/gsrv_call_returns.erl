#!/usr/bin/env escript
-module(gsrv_call_returns).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2,
         terminate/2]).
-mode(compile).
%% Exercises: the return shapes of handle_call/3: {reply, R, S, Timeout},
%% {reply, R, S, hibernate}, {reply, R, S, {continue, C}}, {noreply, S} with a later
%% gen_server:reply/2, {stop, R, Reply, S}, a throw used as the return value

init(S) -> {ok, S}.

handle_call(timeout, _From, S) -> {reply, ok, [timeout_set | S], 20};
handle_call(hibernate, _From, S) -> {reply, ok, [hibernated | S], hibernate};
handle_call(continue, _From, S) -> {reply, ok, S, {continue, cont}};
handle_call(later, From, S) -> {noreply, [{waiting, From} | S]};
handle_call(release, _From, [{waiting, W} | S]) ->
    gen_server:reply(W, released), {reply, ok, S};
handle_call(thrown, _From, S) -> throw({reply, from_throw, S});
handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call(stop, _From, S) -> {stop, normal, stopping, S}.

handle_cast(_, S) -> {noreply, S}.
handle_info(timeout, S) -> {noreply, [timeout | S]}.
handle_continue(cont, S) -> {noreply, [continued | S]}.
terminate(R, S) -> io:format("terminate ~p ~p~n", [R, S]).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    ok = gen_server:call(P, timeout),
    timer:sleep(50),
    ok = gen_server:call(P, hibernate),
    timer:sleep(20),
    io:format("~p~n", [process_info(P, status)]),
    ok = gen_server:call(P, continue),
    Self = self(),
    spawn(fun() -> Self ! {later, gen_server:call(P, later)} end),
    timer:sleep(20),
    ok = gen_server:call(P, release),
    receive {later, L} -> io:format("later ~p~n", [L]) end,
    io:format("~p~n", [gen_server:call(P, thrown)]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen_server:call(P, stop)]),
    timer:sleep(20),
    io:format("~p~n", [is_process_alive(P)]),
    ok.
