-module(rec_multi_field_init_all_given).
-export([f/0]).
-record(r, {a, b}).
f() -> #r{a = 1, b = 2, _ = 3}.
