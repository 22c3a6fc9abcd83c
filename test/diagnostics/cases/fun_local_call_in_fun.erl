-module(fun_local_call_in_fun).
-export([f/0]).
f() -> fun() -> undefined_g() end.
