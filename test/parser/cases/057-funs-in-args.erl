-module('057-funs-in-args').
f(L) ->
    lists:map(fun(X) -> X * 2 end, lists:filter(fun(X) when X > 0 -> true; (_) -> false end, L)),
    lists:foldl(fun({K, V}, Acc) -> maps:put(K, V, Acc) end, #{}, L),
    spawn(fun() -> receive X -> X end end).
