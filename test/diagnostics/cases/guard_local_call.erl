-module(guard_local_call).
-export([f/1]).
f(X) when g(X) -> ok.
g(_) -> true.
