-module(pat_arith_var).
-export([f/1]).
f(X + 1) -> X.
