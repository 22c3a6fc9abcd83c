-module(rec_undefined_in_pattern).
-export([f/1]).
f(#nope{a = A}) -> A.
