#!/usr/bin/env escript
-module(gsrv_reply_later).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: deferred replies: {noreply, S} in handle_call and gen_server:reply/2
%% from a later callback or from another process, replies out of order, a reply to
%% a client that has given up (timeout) is dropped, reply/2's return value

init(_) -> {ok, []}.
handle_call(wait, From, S) -> {noreply, [From | S]};
handle_call(delegate, From, S) ->
    spawn(fun() -> io:format("reply ~p~n", [gen_server:reply(From, delegated)]) end),
    {noreply, S}.
handle_cast(release_all, S) ->
    [gen_server:reply(F, {released, N}) || {N, F} <- lists:zip(lists:seq(1, length(S)), S)],
    {noreply, []}.
handle_info(release_one, [F | S]) -> gen_server:reply(F, one), {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    Self = self(),
    [spawn(fun() -> Self ! {I, gen_server:call(P, wait)} end) || I <- [a, b, c]],
    timer:sleep(20),
    P ! release_one,
    receive {c, R1} -> io:format("c ~p~n", [R1]) end,
    gen_server:cast(P, release_all),
    [receive {I, R} -> io:format("~p ~p~n", [I, R]) end || I <- [a, b]],
    io:format("~p~n", [gen_server:call(P, delegate)]),
    io:format("~p~n", [catch gen_server:call(P, wait, 20)]),
    gen_server:cast(P, release_all),
    timer:sleep(20),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    ok.
