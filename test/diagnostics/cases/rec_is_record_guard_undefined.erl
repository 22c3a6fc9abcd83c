-module(rec_is_record_guard_undefined).
-export([f/1]).
f(X) when is_record(X, nope) -> ok.
