-module(fun_invalid_call).
-export([f/0]).
f() -> {"abc"(1), [1](2), 1.5(), {a, b, c}(), X}.
