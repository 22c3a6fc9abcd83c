-module(var_in_record_def).
-export([f/0]).
-record(r, {a = X, b = 1}).
f() -> #r{}.
