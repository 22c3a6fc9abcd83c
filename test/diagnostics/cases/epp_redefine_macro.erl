-module(epp_redefine_macro).
-export([f/0]).
-define(A, 1).
-define(A, 2).
f() -> ?A.
