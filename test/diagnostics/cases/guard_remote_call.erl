-module(guard_remote_call).
-export([f/1]).
f(X) when lists:member(X, [1]) -> ok.
