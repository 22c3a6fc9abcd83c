-module(fun_nowarn_unused_undefined).
-compile({nowarn_unused_function, [nothing/0]}).
-export([f/0]).
f() -> ok.
