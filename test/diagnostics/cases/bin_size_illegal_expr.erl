-module(bin_size_illegal_expr).
-export([f/1]).
f(B) ->
    <<X:(B ! 1)>> = B,
    X.
