-module('031-catch-precedence').
f(X) ->
    A = catch X,
    B = catch X + 1,
    C = (catch X) + 1,
    D = [catch X, catch Y],
    E = {catch a, b},
    F = catch catch X,
    G = - catch X,
    H = catch X = Y,
    I = catch X ! Y,
    J = X + catch Y * 2,
    K = catch (X),
    {A, B, C, D, E, F, G, H, I, J, K}.
