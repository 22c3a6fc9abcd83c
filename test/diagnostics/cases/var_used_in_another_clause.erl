-module(var_used_in_another_clause).
-export([f/1]).
f(0) -> X = 1, X;
f(_) -> X.
