#!/usr/bin/env escript
-module(pr_flush).
-export([main/1]).
-mode(compile).
%% Exercises: flushing the mailbox with receive _ after 0, counting and keeping flushed messages

flush() ->
    receive _ -> flush() after 0 -> ok end.

flush_count(N) ->
    receive _ -> flush_count(N + 1) after 0 -> N end.

flush_tag(Tag, Acc) ->
    receive {Tag, V} -> flush_tag(Tag, [V | Acc]) after 0 -> lists:reverse(Acc) end.

main(_) ->
    io:format("flush empty ~p~n", [flush()]),
    [self() ! N || N <- lists:seq(1, 50)],
    io:format("queued ~p~n", [process_info(self(), message_queue_len)]),
    io:format("flushed ~p~n", [flush_count(0)]),
    io:format("queued ~p~n", [process_info(self(), message_queue_len)]),
    %% flush only one kind
    [self() ! M || M <- [{x, 1}, {y, 1}, {x, 2}, {y, 2}, {x, 3}]],
    io:format("xs ~p~n", [flush_tag(x, [])]),
    io:format("left ~p~n", [process_info(self(), messages)]),
    flush(),
    %% flushing messages from other processes
    Parent = self(),
    Kids = [spawn(fun() -> Parent ! {kid, I}, Parent ! {done, self()} end) || I <- lists:seq(1, 4)],
    [receive {done, K} -> ok end || K <- Kids],
    io:format("from kids ~p~n", [lists:sort(flush_tag(kid, []))]),
    io:format("empty ~p~n", [process_info(self(), messages)]).
