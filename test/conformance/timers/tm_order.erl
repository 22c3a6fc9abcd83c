#!/usr/bin/env escript
-module(tm_order).
-export([main/1]).
-mode(compile).
%% Exercises: several timers set out of order fire in order of their times; equal times keep their creation order

main(_) ->
    [erlang:send_after(T, self(), {t, T}) || T <- [40, 10, 30, 20, 1]],
    io:format("~p~n", [[receive {t, X} -> X end || _ <- [1, 2, 3, 4, 5]]]),
    [erlang:send_after(10, self(), {same, N}) || N <- [1, 2, 3, 4]],
    io:format("~p~n", [[receive {same, X} -> X end || _ <- [1, 2, 3, 4]]]),
    R1 = erlang:start_timer(20, self(), b),
    R2 = erlang:start_timer(5, self(), a),
    Order = [receive {timeout, R, M} -> {R =:= R2, M} end || _ <- [1, 2]],
    io:format("~p~n", [Order]),
    _ = R1,
    %% mixing erlang timers and timer module
    erlang:send_after(30, self(), erl30),
    {ok, _} = timer:send_after(5, mod5),
    io:format("~p~n", [[receive M -> M end || _ <- [1, 2]]]).
