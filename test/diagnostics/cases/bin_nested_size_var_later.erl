-module(bin_nested_size_var_later).
-export([f/1]).
f(<<X:N, N:8>>) -> X.
