-module(fun_call_redefined_bif).
-export([f/1, binary_to_float/1]).
f(X) -> binary_to_float(X).
binary_to_float(_) -> 0.0.
