#!/usr/bin/env escript
-module(gsrv_self_call).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: a server that calls itself from handle_call (calling_self, wrapped in
%% {calling_self, {gen_server, call, Args}}), caught in the callback and not caught
%% (the terminating report)

init(S) -> {ok, S}.
handle_call(self_caught, _From, S) -> {reply, catch gen_server:call(self(), x), S};
handle_call(self_uncaught, _From, S) -> {reply, gen_server:call(self(), x), S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start({local, gsrv_self}, ?MODULE, s, []),
    io:format("~p~n", [gen_server:call(P, self_caught)]),
    R = (catch gen_server:call(P, self_uncaught)),
    timer:sleep(100),
    io:format("~p~n", [R]),
    ok.
