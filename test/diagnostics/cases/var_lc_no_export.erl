-module(var_lc_no_export).
-export([f/1]).
f(L) ->
    _ = [Y || X <- L, Y <- [X]],
    Y.
