%% Doubly recursive Fibonacci: function calls, guards and small-integer arithmetic,
%% nothing else. run(30) makes about 2.7 million calls.
-module(fib).
-export([run/1]).

run(N) -> fib(N).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
