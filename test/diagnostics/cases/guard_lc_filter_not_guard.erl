-module(guard_lc_filter_not_guard).
-export([f/1]).
f(L) -> [X || X <- L, g(X)].
g(X) -> X > 1.
