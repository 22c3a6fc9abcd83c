-module(ok_variables).
-export([f/2]).
f(A, B) ->
    X = case A of
            1 -> Y = 1, Y;
            _ -> Y = 2, Y
        end,
    Z = if B -> W = 1, W; true -> W = 2, W end,
    {X, Y, Z, W, [Q || Q <- [X, Y]], fun F(0) -> 0; F(N) -> F(N - 1) end}.
