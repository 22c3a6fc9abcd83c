-module('008-case-if').
f(X) ->
    case X of
        1 -> one;
        {a, B} when B > 0; B < -10 -> pos_or_neg;
        [H | T] when is_atom(H), is_list(T) -> list;
        _ -> other
    end.
g(X) ->
    if
        X > 0 -> pos;
        X < 0, X > -10; X =:= -100 -> neg;
        true -> zero
    end.
h(X) ->
    case case X of a -> b; _ -> c end of
        b -> if X -> 1; true -> 2 end;
        c -> case X of _ when X -> ok end
    end.
i(X) -> case X of Y = {_, _} -> Y; #{a := A} -> A; <<C>> -> C; "abc" -> s; 1 + 2 -> three end.
