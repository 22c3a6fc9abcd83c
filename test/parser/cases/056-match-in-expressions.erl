-module('056-match-in-expressions').
f(X) ->
    {A, B} = {C, D} = X,
    [H | T] = L = X,
    E = (F = 1) + 1,
    G = [Y = 1, Z = 2],
    {A, B, C, D, H, T, L, E, F, G, Y, Z}.
