-module('07-nonassoc').
f() -> a == b == c.
g() -> a == b + c < d.
h(A, B) when A < B > 0 -> ok.
i(X = 1 == 2 == 3) -> ok.

