%% The lists module on a long list: lists:map/2, lists:foldl/3 and lists:sort/1 over
%% N integers, timed as three separate cases. The runner builds the input once with
%% input/1 or shuffled/1 (untimed), times map/1, foldl/1 or sort/1 on it, and reduces
%% the result to a small term with checksum/1 (untimed) to compare with BEAM's.
%% run(N) does all three and returns their checksums.
-module(lists_ops).
-export([run/1, input/1, shuffled/1, map/1, foldl/1, sort/1, checksum/1]).

run(N) ->
    L = input(N),
    {checksum(map(L)), foldl(L), checksum(sort(shuffled(N)))}.

input(N) -> lists:seq(1, N).

%% N pseudo-random integers below 2^31 (the MINSTD generator); products stay below
%% 2^47, so no bignums are involved.
shuffled(N) -> shuffled(N, 42, []).

shuffled(0, _X, Acc) -> Acc;
shuffled(N, X, Acc) ->
    Next = X * 48271 rem 2147483647,
    shuffled(N - 1, Next, [Next | Acc]).

map(L) -> lists:map(fun(X) -> X * 3 + 1 end, L).

foldl(L) -> lists:foldl(fun(X, Sum) -> Sum + X end, 0, L).

sort(L) -> lists:sort(L).

%% Length and an order-sensitive hash of a list of integers.
checksum(L) -> lists:foldl(fun(X, {Len, H}) -> {Len + 1, (H * 31 + X) rem 1000000007} end, {0, 0}, L).
