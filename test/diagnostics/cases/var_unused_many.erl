-module(var_unused_many).
-export([f/2]).
f(A, B) ->
    C = A,
    {D, E} = {B, 1},
    E.
