-module(rec_index_as_expression).
-export([f/0]).
-record(r, {a, b}).
f() -> {#r.b, #r.c}.
