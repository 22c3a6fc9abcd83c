-module(rec_update_in_pattern).
-export([f/1]).
-record(r, {a}).
f(X#r{a = 1}) -> X.
