#!/usr/bin/env escript
-module(tm_badarg).
-export([main/1]).
-mode(compile).
%% Exercises: badarg cases of send_after, start_timer, cancel_timer: negative or non-integer time, bad destinations, bad options

main(_) ->
    Cases = [{neg_time, fun() -> erlang:send_after(id(-1), self(), x) end},
             {float_time, fun() -> erlang:send_after(id(1.5), self(), x) end},
             {atom_time, fun() -> erlang:send_after(id(infinity), self(), x) end},
             {bad_dest, fun() -> erlang:send_after(10, id(123), x) end},
             {tuple_dest, fun() -> erlang:send_after(10, id({a, b}), x) end},
             {st_neg_time, fun() -> erlang:start_timer(id(-5), self(), x) end},
             {st_bad_dest, fun() -> erlang:start_timer(10, id("name"), x) end},
             {bad_opts, fun() -> erlang:send_after(10, self(), x, id([bogus])) end},
             {bad_abs, fun() -> erlang:send_after(10, self(), x, id([{abs, maybe}])) end},
             {huge_time, fun() -> erlang:send_after(id(1 bsl 64), self(), x) end}],
    [io:format("~p ~p~n", [N, t(F)]) || {N, F} <- Cases],
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).

t(F) -> try F() of R -> {ok, is_reference(R)} catch C:E -> {C, E} end.
id(X) -> X.
