-module(var_unused_lc).
-export([f/1]).
f(L) -> [ok || X <- L].
