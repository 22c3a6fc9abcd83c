#!/usr/bin/env escript
-module(gs_reply_api).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: deferred replies: From kept in the data and answered later with reply/2,
%% reply/1 with one {reply, From, R} or a list, from another process; several callers

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Self = self(),
    [spawn(fun () -> Self ! {N, gen_statem:call(P, {wait, N})} end) || N <- [1, 2, 3]],
    timer:sleep(20),
    io:format("waiting ~p~n", [gen_statem:call(P, count)]),
    gen_statem:cast(P, release),
    io:format("~p~n", [lists:sort([receive {N, R} -> {N, R} end || N <- [1, 2, 3]])]),
    io:format("~p~n", [gen_statem:call(P, by_helper)]),
    io:format("~p~n", [gen_statem:call(P, one)]),
    gen_statem:stop(P).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {wait, N}, _, L) -> {keep_state, [{From, N} | L]};
handle_event({call, From}, count, _, L) -> {keep_state_and_data, [{reply, From, length(L)}]};
handle_event(cast, release, _, [{F1, N1} | Rest]) ->
    ok = gen_statem:reply(F1, {released, N1}),
    ok = gen_statem:reply([{reply, F, {released, N}} || {F, N} <- Rest]),
    {keep_state, []};
handle_event({call, From}, by_helper, _, _) ->
    spawn(fun () -> gen_statem:reply(From, from_helper) end),
    keep_state_and_data;
handle_event({call, From}, one, _, _) ->
    ok = gen_statem:reply({reply, From, single}),
    keep_state_and_data.
