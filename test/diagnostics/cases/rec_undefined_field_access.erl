-module(rec_undefined_field_access).
-export([f/1]).
-record(r, {a}).
f(X) -> X#r.z.
