-module('05-head-mismatch').
f(X) -> 1; g(X) -> 2.
h(X) -> 1; h(X, Y) -> 2.
i(X) -> 1; j(X) -> 2 foo.

