-module(pat_fun_in_pattern).
-export([f/1]).
f(fun() -> ok end) -> ok.
