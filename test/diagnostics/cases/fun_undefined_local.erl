-module(fun_undefined_local).
-export([f/1]).
f(X) -> g(X).
