-module(var_unused).
-export([f/1]).
f(X) -> ok.
