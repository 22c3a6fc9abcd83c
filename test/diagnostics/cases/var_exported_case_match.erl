-module(var_exported_case_match).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = one;
        _ -> X = other
    end,
    X = one.
