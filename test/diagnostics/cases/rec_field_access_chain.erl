-module(rec_field_access_chain).
-export([f/1]).
-record(r, {a}).
-record(s, {b}).
f(X) -> X#r.a#s.b#s.c.
