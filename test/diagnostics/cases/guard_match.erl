-module(guard_match).
-export([f/1]).
f(X) when X = 1 -> ok.
