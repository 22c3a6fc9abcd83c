-module(pat_division).
-export([f/1]).
f(1 div 0) -> ok.
