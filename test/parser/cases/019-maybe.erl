-module('019-maybe').
-feature(maybe_expr, enable).
f(X) ->
    maybe
        {ok, A} ?= X,
        B = A + 1,
        {ok, C} ?= g(B),
        C
    end.
g(X) ->
    maybe
        {ok, Y} ?= X,
        Y
    else
        {error, E} -> E;
        _ -> other
    end.
h() -> maybe ok end.
i(X) -> maybe A = X, true ?= A > 0, A end.
j() -> 'maybe'.
k() -> 'else'.
