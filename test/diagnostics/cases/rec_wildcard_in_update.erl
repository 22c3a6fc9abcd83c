-module(rec_wildcard_in_update).
-export([f/1]).
-record(r, {a, b}).
f(X) -> X#r{_ = 1}.
