-module(var_unsafe_if).
-export([f/1]).
f(A) ->
    if
        A > 1 -> X = big;
        true -> ok
    end,
    X.
