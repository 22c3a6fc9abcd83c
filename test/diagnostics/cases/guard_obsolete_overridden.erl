-module(guard_obsolete_overridden).
-export([f/1, is_integer/1]).
f(X) when integer(X) -> ok.
is_integer(_) -> true.
