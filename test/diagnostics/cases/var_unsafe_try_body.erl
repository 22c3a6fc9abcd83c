-module(var_unsafe_try_body).
-export([f/1]).
f(A) ->
    try
        X = A()
    catch
        _:_ -> ok
    end,
    X.
