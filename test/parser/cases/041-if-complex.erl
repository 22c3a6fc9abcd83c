-module('041-if-complex').
f(X, Y) ->
    if X > Y, X > 0; X =:= Y -> a;
       is_atom(X) orelse is_atom(Y) -> b;
       not (X < Y) -> c;
       true -> d
    end.
