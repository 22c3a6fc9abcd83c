-module(parse_maybe_not_enabled).
-export([f/1]).
f(X) ->
    maybe
        {ok, Y} ?= X,
        Y
    end.
