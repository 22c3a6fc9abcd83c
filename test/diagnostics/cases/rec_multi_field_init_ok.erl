-module(rec_multi_field_init_ok).
-export([f/0]).
-record(r, {a, b}).
f() -> #r{a = 1, _ = 3}.
