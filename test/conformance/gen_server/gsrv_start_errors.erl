#!/usr/bin/env escript
-module(gsrv_start_errors).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: starting with bad arguments: an unknown option is ignored, a bad name
%% form; init/1 that throws {stop, R} and ignore; a server
%% started with {timeout, infinity}

init(throw_stop) -> throw({stop, thrown_stop});
init(throw_ignore) -> throw(ignore);
init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, s, [{unknown_option, 1}, {timeout, infinity}]),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [catch gen_server:start({bad, name}, ?MODULE, s, [])]),
    R1 = gen_server:start(?MODULE, throw_stop, []),
    timer:sleep(50),
    io:format("~p~n", [R1]),
    io:format("~p~n", [gen_server:start(?MODULE, throw_ignore, [])]),
    ok.
