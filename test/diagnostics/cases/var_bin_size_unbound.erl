-module(var_bin_size_unbound).
-export([f/1]).
f(<<X:Size>>) -> X.
