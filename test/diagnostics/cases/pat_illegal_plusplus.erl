-module(pat_illegal_plusplus).
-export([f/1]).
f(X ++ "a") -> X.
