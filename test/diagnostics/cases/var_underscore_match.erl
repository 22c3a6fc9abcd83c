-module(var_underscore_match).
-export([f/1]).
f(A) ->
    _X = A,
    _X = 2.
