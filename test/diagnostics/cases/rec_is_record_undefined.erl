-module(rec_is_record_undefined).
-export([f/1]).
f(X) -> is_record(X, nope).
