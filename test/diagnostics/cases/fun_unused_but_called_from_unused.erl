-module(fun_unused_but_called_from_unused).
-export([f/0]).
f() -> ok.
g() -> h().
h() -> ok.
