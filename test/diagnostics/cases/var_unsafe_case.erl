-module(var_unsafe_case).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = one;
        _ -> ok
    end,
    X.
