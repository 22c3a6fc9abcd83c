-module(guard_old_float).
-export([f/1]).
f(X) when float(X) -> ok;
f(X) when float(X) > 1.0 -> big.
