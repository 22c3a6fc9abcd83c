-module(var_unused_in_case).
-export([f/1]).
f(A) ->
    case A of
        {X, Y} -> Y;
        _ -> ok
    end.
