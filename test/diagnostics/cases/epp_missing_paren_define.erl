-module(epp_missing_paren_define).
-export([f/0]).
-define(A, 1
f() -> ok.
