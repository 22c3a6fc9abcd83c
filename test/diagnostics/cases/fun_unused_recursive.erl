-module(fun_unused_recursive).
-export([f/0]).
f() -> ok.
loop(0) -> done;
loop(N) -> loop(N - 1).
