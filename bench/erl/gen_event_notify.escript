#!/usr/bin/env escript
%% gen_event throughput, run the same way on both sides:
%%   escript bench/erl/gen_event_notify.escript [N]
%%   node dist/bin/erlts.js run bench/erl/gen_event_notify.escript [N]
%% A manager with two handlers: N notify/2 (then one call, so that all were handled),
%% N/4 sync_notify/2 and N/4 call/3 round trips. Best of 5 runs after a warm-up.
-module(gen_event_notify).
-behaviour(gen_event).
-export([main/1, init/1, handle_event/2, handle_call/2]).
-mode(compile).

main(Args) ->
    N = case Args of [NS] -> list_to_integer(NS); [] -> 100000 end,
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, 0),
    ok = gen_event:add_handler(M, {?MODULE, 2}, 0),
    notifies(M, N),
    T1 = best(fun() -> notifies(M, N) end),
    T2 = best(fun() -> sync_notifies(M, N div 4) end),
    T3 = best(fun() -> calls(M, N div 4) end),
    io:format("notify ~p: ~.1f ms~nsync_notify ~p: ~.1f ms~ncall ~p: ~.1f ms~n",
              [N, T1, N div 4, T2, N div 4, T3]),
    ok = gen_event:stop(M).

best(F) -> lists:min([element(1, timer:tc(F)) / 1000 || _ <- lists:seq(1, 5)]).

notifies(M, N) ->
    [gen_event:notify(M, {ev, I}) || I <- lists:seq(1, N)],
    gen_event:call(M, {?MODULE, 1}, get).

sync_notifies(M, N) -> [ok = gen_event:sync_notify(M, {ev, I}) || I <- lists:seq(1, N)].

calls(M, N) -> [gen_event:call(M, {?MODULE, 2}, get) || _ <- lists:seq(1, N)].

init(S) -> {ok, S}.

handle_event({ev, I}, S) -> {ok, S + I}.

handle_call(get, S) -> {ok, S, S}.
