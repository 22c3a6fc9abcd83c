-module('072-receive-patterns').
f() ->
    receive
        {A, B} = Msg when A > B -> Msg;
        [H | _] -> H;
        #{k := V} -> V;
        <<X:8>> -> X;
        X when is_integer(X), X > 0; X =:= -1 -> X
    end.
