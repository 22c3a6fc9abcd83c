-module(depr_fun_ref).
-export([f/0]).
f() -> fun erlang:now/0.
