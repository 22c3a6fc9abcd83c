-module('071-qualifier-mix').
f(L, M) ->
    [{A, B, C} || A <- L, is_atom(A), {B, _} <- M, B > 0, <<C>> <= <<1, 2>>, C =/= B].
