#!/usr/bin/env escript
-module(gsrv_stop).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).
-mode(compile).
%% Exercises: gen_server:stop/1,3: terminate/2 gets the reason, a non-normal reason is
%% reported, stop of a dead or unknown server (noproc), a terminate that takes too
%% long (timeout), a terminate that crashes during stop

init(S) -> {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
terminate(Reason, slow) -> io:format("slow terminate ~p~n", [Reason]), timer:sleep(200);
terminate(_Reason, crash) -> erlang:error(terminate_crashed);
terminate(Reason, S) -> io:format("terminate ~p ~p~n", [Reason, S]).

main(_) ->
    {ok, P} = gen_server:start({local, gsrv_stop_srv}, ?MODULE, one, []),
    io:format("~p~n", [gen_server:stop(gsrv_stop_srv)]),
    {ok, P2} = gen_server:start(?MODULE, two, []),
    R2 = gen_server:stop(P2, {shutdown, x}, infinity),
    io:format("~p~n", [R2]),
    {ok, P3} = gen_server:start(?MODULE, three, []),
    R3 = (catch gen_server:stop(P3, custom, 1000)),
    timer:sleep(50),
    io:format("~p~n", [R3]),
    io:format("~p~n", [catch gen_server:stop(P)]),
    io:format("~p~n", [catch gen_server:stop(gsrv_stop_none)]),
    {ok, P4} = gen_server:start(?MODULE, slow, []),
    io:format("~p~n", [catch gen_server:stop(P4, normal, 50)]),
    timer:sleep(250),
    {ok, P5} = gen_server:start(?MODULE, crash, []),
    R5 = (catch gen_server:stop(P5)),
    timer:sleep(50),
    io:format("~p~n", [R5]),
    ok.
