-module(var_unbound_in_fun).
-export([f/0]).
f() -> fun() -> Z end.
