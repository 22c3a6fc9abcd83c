-module('31-maybe-disabled').
f() -> maybe ok end.
g(X, Y) -> X ?= Y.

