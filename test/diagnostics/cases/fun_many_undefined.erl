-module(fun_many_undefined).
-export([f/0]).
f() -> a(), b(1), a(), c(1, 2), b(1).
