-module(var_underscore_used).
-export([f/1]).
f(_X) -> _X + 1.
