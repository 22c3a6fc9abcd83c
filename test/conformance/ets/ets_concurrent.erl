#!/usr/bin/env escript
-module(ets_concurrent).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: several processes updating one public table: counters add up, insert_new picks one winner.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [public, {write_concurrency, true}]),
    ets:insert(T, {hits, 0}),
    Self = self(),
    Ps = [spawn(fun() ->
              [ets:update_counter(T, hits, 1) || _ <- lists:seq(1, 500)],
              Won = ets:insert_new(T, {winner, N}),
              ets:insert(T, {{done, N}, Won}),
              Self ! {done, N}
          end) || N <- lists:seq(1, 8)],
    [receive {done, N} -> ok end || N <- lists:seq(1, length(Ps))],
    p(ets:lookup(T, hits)),
    Wins = [W || {{done, _}, W} <- ets:tab2list(T)],
    p({length(Wins), length([x || true <- Wins])}),
    [{winner, W}] = ets:lookup(T, winner),
    p(ets:lookup(T, {done, W})),
    p(ets:info(T, size)).
