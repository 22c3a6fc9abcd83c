-module(var_unbound_in_catch_guard).
-export([f/1]).
f(A) ->
    try A()
    catch
        throw:X when X =:= Y -> X
    end.
