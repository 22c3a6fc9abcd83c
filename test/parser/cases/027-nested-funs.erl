-module('027-nested-funs').
f() ->
    fun(X) ->
        fun(Y) ->
            fun Z(0) -> X + Y;
                Z(N) -> Z(N - 1)
            end
        end
    end.
g(L) -> lists:foldl(fun(X, Acc) -> case X of a -> Acc; _ -> [X | Acc] end end, [], L).
h() -> [fun() -> N end || N <- [1, 2]].
