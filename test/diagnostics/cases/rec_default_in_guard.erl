-module(rec_default_in_guard).
-export([f/1]).
-record(r, {a = self(), b = fun() -> ok end}).
f(X) when X =:= #r{} -> ok.
