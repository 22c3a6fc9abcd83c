-module(rec_undefined_field).
-export([f/0]).
-record(r, {a, b}).
f() -> #r{c = 1}.
