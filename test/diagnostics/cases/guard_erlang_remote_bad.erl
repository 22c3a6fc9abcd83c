-module(guard_erlang_remote_bad).
-export([f/1]).
f(X) when erlang:put(a, X) -> ok.
