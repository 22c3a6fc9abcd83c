-module(fun_redefine).
-export([f/0]).
f() -> one.
f() -> two.
