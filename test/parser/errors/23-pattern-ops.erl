-module('23-pattern-ops').
f(A!B) -> ok.
g(A andalso B) -> ok.
h(catch A) -> ok.
i(f(X)) -> ok.
j(X#r.a) -> ok.
k(#{}#{}) -> ok.
l([X || X <- Y]) -> ok.

