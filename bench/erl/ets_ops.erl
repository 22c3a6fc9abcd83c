%% ETS: N ets:insert/2 of {K, K} into a new set table, then N ets:lookup/2 of every
%% key (the issue's "1,000,000 inserts plus 1,000,000 lookups"), and the same on an
%% ordered_set with keys in a scrambled order. Each timed call creates its table, works
%% and deletes it, so the case is self-contained; the result is {Size, SumOfValues}.
-module(ets_ops).
-export([run/1, set_ops/1, ordered_ops/1]).

run(N) ->
    {set_ops(N), ordered_ops(N)}.

set_ops(N) ->
    T = ets:new(bench_set, [set]),
    insert(T, 1, N),
    Sum = lookup(T, 1, N, 0),
    Size = ets:info(T, size),
    ets:delete(T),
    {Size, Sum}.

%% Keys K*7919 rem P for a prime P > N: distinct, not in order.
ordered_ops(N) ->
    T = ets:new(bench_ordered, [ordered_set]),
    P = 1000003,
    insert_scrambled(T, 1, N, P),
    Sum = lookup_scrambled(T, 1, N, P, 0),
    Size = ets:info(T, size),
    ets:delete(T),
    {Size, Sum}.

insert(_T, K, N) when K > N -> ok;
insert(T, K, N) ->
    ets:insert(T, {K, K}),
    insert(T, K + 1, N).

lookup(_T, K, N, Sum) when K > N -> Sum;
lookup(T, K, N, Sum) ->
    [{_, V}] = ets:lookup(T, K),
    lookup(T, K + 1, N, Sum + V).

insert_scrambled(_T, K, N, _P) when K > N -> ok;
insert_scrambled(T, K, N, P) ->
    Key = K * 7919 rem P,
    ets:insert(T, {Key, K}),
    insert_scrambled(T, K + 1, N, P).

lookup_scrambled(_T, K, N, _P, Sum) when K > N -> Sum;
lookup_scrambled(T, K, N, P, Sum) ->
    [{_, V}] = ets:lookup(T, K * 7919 rem P),
    lookup_scrambled(T, K + 1, N, P, Sum + V).
