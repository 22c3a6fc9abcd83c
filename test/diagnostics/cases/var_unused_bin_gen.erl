-module(var_unused_bin_gen).
-export([f/1]).
f(B) -> [ok || <<X:8>> <= B].
