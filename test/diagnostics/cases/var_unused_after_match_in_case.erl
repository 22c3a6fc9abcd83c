-module(var_unused_after_match_in_case).
-export([f/1]).
f(A) ->
    Z = case A of
            1 -> One = 1, One;
            _ -> Two = 2
        end,
    Z.
