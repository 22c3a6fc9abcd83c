-module(rec_in_guard_undefined).
-export([f/1]).
f(X) when X#nope.a =:= 1 -> ok.
