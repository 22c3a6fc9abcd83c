-module(pat_record_field_expr).
-export([f/1]).
-record(r, {a}).
f(X#r.a) -> X.
