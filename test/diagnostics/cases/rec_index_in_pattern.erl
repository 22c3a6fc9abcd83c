-module(rec_index_in_pattern).
-export([f/1]).
-record(r, {a}).
f(#r.a) -> ok;
f(#r.b) -> ok.
