#!/usr/bin/env escript
-module(sysm_debug_funcs).
-export([main/1, fmt/3]).
-mode(compile).
%% Exercises: the process side of sys used directly: debug_options/1 (unknown
%% options ignored), handle_debug/4 with trace, log, statistics and an installed
%% function, get_log/1, print_log/1

fmt(Dev, Event, Name) -> io:format(Dev, "*DBG* ~p: ~p~n", [Name, Event]).

main(_) ->
    D0 = sys:debug_options([trace, {log, 3}, bogus, statistics]),
    io:format("~p~n", [[element(1, O) || O <- D0]]),
    Self = self(),
    D1 = [{watch, {fun(N, E, S) -> Self ! {watched, N, E, S}, N + 1 end, 0}} | D0],
    D2 = lists:foldl(fun(E, D) -> sys:handle_debug(D, fun ?MODULE:fmt/3, me, E) end,
                     D1, [{in, a}, {in, b}, {out, c, self()}, {in, d}]),
    io:format("~p~n", [sys:get_log(D2)]),
    sys:print_log(D2),
    {watch, {_, WatchState}} = lists:keyfind(watch, 1, D2),
    io:format("~p~n", [WatchState]),
    {statistics, {_, _, In, Out}} = lists:keyfind(statistics, 1, D2),
    io:format("in ~p out ~p~n", [In, Out]),
    flush(),
    io:format("~p~n", [sys:debug_options([])]),
    ok.

flush() -> receive M -> io:format("~p~n", [M]), flush() after 0 -> ok end.
