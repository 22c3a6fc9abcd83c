-module(epp_macro_no_args).
-export([f/0]).
-define(SQ(X), (X * X)).
f() -> ?SQ.
