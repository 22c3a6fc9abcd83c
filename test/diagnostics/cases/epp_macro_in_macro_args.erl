-module(epp_macro_in_macro_args).
-export([f/0]).
-define(P(X, Y), {X, Y}).
f() -> ?P(?Q, 1).
