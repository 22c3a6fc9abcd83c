-module(var_unbound).
-export([f/0]).
f() -> X + 1.
