-module(rec_double_wildcard).
-export([f/0]).
-record(r, {a, b, c}).
f() -> #r{_ = 1, _ = 2}.
