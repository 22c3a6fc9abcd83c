-module(guard_is_record_var).
-export([f/2]).
f(X, Y) when is_record(X, Y) -> ok.
