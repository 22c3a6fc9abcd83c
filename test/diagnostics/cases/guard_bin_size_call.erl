-module(guard_bin_size_call).
-export([f/1]).
f(X) when <<X:(g())>> =:= <<>> -> ok.
g() -> 8.
