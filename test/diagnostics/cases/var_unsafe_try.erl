-module(var_unsafe_try).
-export([f/1]).
f(A) ->
    try A() of
        R -> R
    catch
        _:_ -> Err = failed
    end,
    {R, Err}.
