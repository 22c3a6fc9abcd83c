-module(rec_redefine_field).
-export([f/0]).
-record(r, {a, b, a}).
f() -> #r{}.
