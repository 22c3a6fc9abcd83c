-module(pat_arith_ok).
-export([f/1]).
f(1 + 2) -> three;
f(-1) -> minus_one;
f(2 * 3 - 1) -> five.
