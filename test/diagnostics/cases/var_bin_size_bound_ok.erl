-module(var_bin_size_bound_ok).
-export([f/1]).
f(<<Size:8, X:Size/binary, Rest/binary>>) -> {X, Rest}.
