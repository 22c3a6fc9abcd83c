-module(epp_bad_define).
-export([f/0]).
-define(1, 2).
f() -> ok.
