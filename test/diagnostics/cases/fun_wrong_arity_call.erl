-module(fun_wrong_arity_call).
-export([f/1]).
f(X) -> g(X, X).
g(X) -> X.
