-module(pat_plusplus_ok).
-export([f/1]).
f("abc" ++ T) -> T;
f([$x, $y] ++ T) -> T;
f([] ++ T) -> T.
