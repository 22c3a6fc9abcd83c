-module(fun_unused).
-export([f/0]).
f() -> ok.
g() -> ok.
h(X) -> X.
