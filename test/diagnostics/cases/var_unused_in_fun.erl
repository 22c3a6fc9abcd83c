-module(var_unused_in_fun).
-export([f/0]).
f() -> fun(X, Y) -> Y end.
