-module('054-comparison-chains').
f(A, B, C) ->
    {A < B andalso B < C, (A < B) < C, A < (B < C), A == B orelse B == C,
     A =:= (B =:= C), A + 1 > B - 1, A ++ B == C -- A}.
