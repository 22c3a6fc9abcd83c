-module(var_unsafe_in_guard).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = 1;
        _ -> ok
    end,
    case A of
        Y when Y > X -> Y;
        _ -> A
    end.
