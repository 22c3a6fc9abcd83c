-module(rec_update_in_guard).
-export([f/1]).
-record(r, {a}).
f(X) when X#r{a = 1} =:= X -> ok.
