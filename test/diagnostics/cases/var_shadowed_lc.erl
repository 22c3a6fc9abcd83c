-module(var_shadowed_lc).
-export([f/2]).
f(X, L) -> {X, [X || X <- L]}.
