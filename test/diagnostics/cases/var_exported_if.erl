-module(var_exported_if).
-export([f/1]).
f(A) ->
    if
        A -> Y = 1;
        true -> Y = 2
    end,
    Y = 3.
