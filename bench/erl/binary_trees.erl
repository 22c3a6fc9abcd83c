%% Binary trees: allocate many short-lived perfect binary trees and walk them (the
%% Benchmarks Game problem, single-process). Tests allocation and deep recursion on
%% tuples. run(MaxDepth) returns what the reference program prints, as a term:
%% {StretchCheck, [{Iterations, Depth, Check}], LongLivedCheck}.
-module(binary_trees).
-export([run/1]).

-define(MIN_DEPTH, 4).

run(N) ->
    MaxDepth = max(?MIN_DEPTH + 2, N),
    Stretch = check(make(MaxDepth + 1)),
    LongLived = make(MaxDepth),
    Rows = [row(D, MaxDepth) || D <- lists:seq(?MIN_DEPTH, MaxDepth, 2)],
    {Stretch, Rows, check(LongLived)}.

row(Depth, MaxDepth) ->
    Iterations = 1 bsl (MaxDepth - Depth + ?MIN_DEPTH),
    {Iterations, Depth, sum_checks(Iterations, Depth, 0)}.

sum_checks(0, _Depth, Acc) -> Acc;
sum_checks(I, Depth, Acc) -> sum_checks(I - 1, Depth, Acc + check(make(Depth))).

%% A node is {Left, Right}; a leaf is {nil, nil}.
make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
