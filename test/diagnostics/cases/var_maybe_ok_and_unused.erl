-module(var_maybe_ok_and_unused).
-feature(maybe_expr, enable).
-export([f/1]).
f(X) ->
    maybe
        {ok, Y} ?= X,
        {ok, Unused} ?= Y,
        ok
    end.
