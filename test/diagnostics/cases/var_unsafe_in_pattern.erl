-module(var_unsafe_in_pattern).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = one;
        _ -> ok
    end,
    X = two.
