-module(epp_macro_arity).
-export([f/0]).
-define(TWICE(X), (X + X)).
f() -> ?TWICE(1, 2).
