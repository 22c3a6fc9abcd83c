-module(var_unbound_in_lc_filter).
-export([f/1]).
f(L) -> [X || X <- L, X > Limit].
