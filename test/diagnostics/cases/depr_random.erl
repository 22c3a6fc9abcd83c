-module(depr_random).
-export([f/0]).
f() -> random:uniform().
