-module(guard_case).
-export([f/1]).
f(X) when case X of _ -> true end -> ok.
