-module(var_unsafe_nested).
-export([f/2]).
f(A, B) ->
    case A of
        1 ->
            case B of
                1 -> Z = 1;
                2 -> ok
            end;
        _ -> Z = 2
    end,
    Z.
