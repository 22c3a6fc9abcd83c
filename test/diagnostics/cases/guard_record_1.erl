-module(guard_record_1).
-export([f/1]).
-record(r, {a}).
f(X) when record(X, r) -> ok.
