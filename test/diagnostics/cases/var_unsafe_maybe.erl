-module(var_unsafe_maybe).
-feature(maybe_expr, enable).
-export([f/1]).
f(X) ->
    maybe
        {ok, Y} ?= X,
        Z = Y
    else
        {error, E} -> W = E;
        _ -> ok
    end,
    {Z, W}.
