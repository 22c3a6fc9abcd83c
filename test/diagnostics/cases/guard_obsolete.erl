-module(guard_obsolete).
-export([f/1]).
f(X) when integer(X) -> ok;
f(X) when list(X); atom(X) -> ok.
