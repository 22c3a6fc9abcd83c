#!/usr/bin/env escript
-module(gsrv_init_returns).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
-mode(compile).
%% Exercises: what init/1 may return: {ok, S}, {ok, S, Timeout}, {ok, S, hibernate},
%% {ok, S, {continue, C}}, {stop, R}, ignore, a throw, and a bad return value

init(ok) -> {ok, plain};
init(timeout) -> {ok, waiting, 10};
init(hibernate) -> {ok, sleeping, hibernate};
init(continue) -> {ok, cont, {continue, more}};
init(stop) -> {stop, no_way};
init(ignore) -> ignore;
init(thrown) -> throw({ok, from_throw});
init(bad) -> {okay, bad}.

handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(timeout, S) -> {noreply, {timed_out, S}}.
handle_continue(more, S) -> {noreply, {continued, S}}.

main(_) ->
    [try_start(A) || A <- [ok, timeout, hibernate, continue, stop, ignore, thrown, bad]],
    ok.

try_start(A) ->
    case gen_server:start(?MODULE, A, []) of
        {ok, P} ->
            timer:sleep(30),
            io:format("~p: ~p~n", [A, gen_server:call(P, get)]);
        Other ->
            timer:sleep(30),
            io:format("~p: ~p~n", [A, Other])
    end.
