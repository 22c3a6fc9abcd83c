-module(bin_size_local_call).
-export([f/1]).
f(B) ->
    <<X:(g())>> = B,
    X.
g() -> 8.
