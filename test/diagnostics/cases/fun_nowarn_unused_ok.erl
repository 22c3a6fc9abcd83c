-module(fun_nowarn_unused_ok).
-compile({nowarn_unused_function, [g/0]}).
-export([f/0]).
f() -> ok.
g() -> ok.
