-module(pat_plusplus_var_prefix).
-export([f/2]).
f(P, X) ->
    case X of
        P ++ T -> T;
        _ -> none
    end.
