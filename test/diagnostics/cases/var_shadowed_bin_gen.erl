-module(var_shadowed_bin_gen).
-export([f/2]).
f(X, B) -> {X, [X || <<X:8>> <= B]}.
