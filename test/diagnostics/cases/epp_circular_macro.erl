-module(epp_circular_macro).
-export([f/0]).
-define(A, ?B).
-define(B, ?A).
f() -> ?A.
