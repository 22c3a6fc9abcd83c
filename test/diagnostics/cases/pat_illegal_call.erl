-module(pat_illegal_call).
-export([f/1]).
f(g()) -> ok.
g() -> 1.
