-module(rec_invalid_record_expr).
-export([f/0]).
-record(r, {a}).
f() -> (1)#r.a.
