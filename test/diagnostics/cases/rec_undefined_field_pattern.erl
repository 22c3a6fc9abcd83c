-module(rec_undefined_field_pattern).
-export([f/1]).
-record(r, {a}).
f(#r{b = B}) -> B.
