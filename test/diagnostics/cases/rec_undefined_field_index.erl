-module(rec_undefined_field_index).
-export([f/0]).
-record(r, {a}).
f() -> #r.z.
