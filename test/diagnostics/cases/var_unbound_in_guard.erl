-module(var_unbound_in_guard).
-export([f/1]).
f(X) when X > Y -> ok.
