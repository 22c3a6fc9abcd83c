-module(ok_maps_and_funs).
-export([f/1]).
f(M) ->
    #{a := A, b := #{c := C}} = M,
    M2 = M#{a := A + 1, d => C},
    F = fun lists:reverse/1,
    G = fun erlang:length/1,
    H = fun(#{} = X) -> map_size(X) end,
    {F([1]), G([]), H(M2), maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M2)}.
