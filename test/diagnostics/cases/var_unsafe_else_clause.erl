-module(var_unsafe_else_clause).
-export([f/1]).
f(A) ->
    try A() of
        {ok, V} -> V
    catch
        _:_ -> W = 0, W
    after
        ok
    end.
