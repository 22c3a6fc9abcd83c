-module(rec_update_undefined_field).
-export([f/1]).
-record(r, {a}).
f(X) -> X#r{b = 2}.
