#!/usr/bin/env escript
-module(ets_new_types).
-export([main/1]).
-mode(compile).
%% Exercises: ets:new/2 with each table type, access and keypos; info/2 of the options.

main(_) ->
    lists:foreach(fun(Opts) ->
        T = ets:new(tab, Opts),
        io:format("~p: ~p ~p ~p ~p ~p~n",
                  [Opts, ets:info(T, type), ets:info(T, protection), ets:info(T, keypos),
                   ets:info(T, named_table), ets:info(T, size)]),
        ets:delete(T)
    end, [[], [set], [ordered_set], [bag], [duplicate_bag], [public], [private],
          [protected, {keypos, 3}], [set, bag], [bag, ordered_set, private, public],
          [{read_concurrency, true}, {write_concurrency, true}, compressed],
          [{write_concurrency, auto}, {decentralized_counters, false}],
          [{heir, none}], [{heir, self(), data}]]),
    T1 = ets:new(t1, [{heir, self(), data}]),
    io:format("heir is self: ~p~n", [ets:info(T1, heir) =:= self()]),
    io:format("owner is self: ~p~n", [ets:info(T1, owner) =:= self()]),
    io:format("ref: ~p name: ~p~n", [is_reference(T1), ets:info(T1, name)]),
    io:format("node: ~p~n", [ets:info(T1, node)]),
    io:format("compressed: ~p ~p~n", [ets:info(T1, compressed),
                                      ets:info(ets:new(c, [compressed]), compressed)]),
    io:format("rc/wc: ~p ~p~n", [ets:info(ets:new(c, [{read_concurrency, true}]), read_concurrency),
                                 ets:info(ets:new(c, [{write_concurrency, true}]), write_concurrency)]).
