-module(var_unbound_twice).
-export([f/0]).
f() -> {X, X, Y}.
