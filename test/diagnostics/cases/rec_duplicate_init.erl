-module(rec_duplicate_init).
-export([f/0]).
-record(r, {a, b}).
f() -> #r{a = 1, a = 2}.
