#!/usr/bin/env escript
-module(sysm_trace_format).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
-mode(compile).
%% Exercises: *DBG* lines for every kind of gen_server event: a call answered later
%% with gen_server:reply (no "sent" line), a continue, a timeout, a stop, large terms
%% pretty printed, a global name

init(S) -> {ok, S}.
handle_call(later, From, _S) -> put(from, From), {noreply, waiting};
handle_call(big, _From, S) -> {reply, lists:seq(1, 30), S};
handle_call(stop, _From, S) -> {stop, normal, stopped, S}.
handle_cast(release, waiting) -> gen_server:reply(get(from), released), {noreply, idle, {continue, more}};
handle_cast(timeout, S) -> {noreply, S, 0}.
handle_info(timeout, S) -> {noreply, {after_timeout, S}}.
handle_continue(more, S) -> {noreply, {continued, S}}.

main(_) ->
    {ok, P} = gen_server:start({global, sysm_tf}, ?MODULE, s, []),
    ok = sys:trace(P, true),
    Self = self(),
    spawn(fun() -> Self ! {r, gen_server:call(P, later)} end),
    timer:sleep(20),
    gen_server:cast(P, release),
    receive {r, R} -> ok end,
    timer:sleep(20),
    _ = gen_server:call(P, big),
    gen_server:cast(P, timeout),
    timer:sleep(20),
    S = gen_server:call(P, stop),
    timer:sleep(20),
    io:format("~p ~p~n", [R, S]),
    ok.
