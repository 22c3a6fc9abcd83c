-module('007-comprehensions').
f(L, B) ->
    A = [X || X <- L],
    C = [X * 2 || X <- L, X > 1, is_integer(X)],
    D = [{X, Y} || X <- L, Y <- L, X =/= Y],
    E = << <<X>> || X <- L >>,
    F = << <<X:4>> || <<X:4>> <= B >>,
    G = [X || <<X:8>> <= B, X > 0],
    H = [X || {X, _} = T <- L, element(1, T) =:= X],
    I = [[Y || Y <- X] || X <- L],
    J = << (X + 1) || X <- L >>,
    K = [X || X <- L, begin Y = X, Y > 0 end],
    M = [catch X || X <- L],
    N = [X || X = Y <- L],
    O = << B1 || <<B1:8/binary>> <= B >>,
    P = [X || true],
    {A, C, D, E, F, G, H, I, J, K, M, N, O, P}.
