-module(opt_nowarn_unused_vars).
-compile(nowarn_unused_vars).
-export([f/1]).
f(X) -> Y = 1, ok.
