-module('036-fun-refs').
f(M, F, A) ->
    [fun f/3, fun 'f'/3, fun m:f/3, fun M:F/A, fun M:f/3, fun m:F/3, fun m:f/A, fun M:F/3,
     fun erlang:'++'/2, fun 'Mod':'Fun'/0, fun ?MODULE:f/3].
