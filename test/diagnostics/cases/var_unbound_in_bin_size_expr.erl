-module(var_unbound_in_bin_size_expr).
-export([f/1]).
f(X) -> <<X:N>>.
