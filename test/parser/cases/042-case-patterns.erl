-module('042-case-patterns').
f(X) ->
    case X of
        {ok, Value} = Res when Value > 0 -> Res;
        [_, _ | _] = L -> L;
        #{key := V} -> V;
        <<H:8, _/binary>> -> H;
        "pre" ++ Suffix -> Suffix;
        X1 when is_tuple(X1), tuple_size(X1) > 1 -> X1;
        1 + 1 -> two;
        -5 -> neg;
        #r{a = 1} -> rec;
        A = B -> {A, B}
    end.
