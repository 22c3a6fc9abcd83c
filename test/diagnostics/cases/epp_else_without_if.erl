-module(epp_else_without_if).
-export([f/0]).
-else.
f() -> ok.
