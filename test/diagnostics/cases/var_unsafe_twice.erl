-module(var_unsafe_twice).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = 1;
        _ -> ok
    end,
    {X, X}.
