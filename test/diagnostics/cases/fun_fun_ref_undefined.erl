-module(fun_fun_ref_undefined).
-export([f/0]).
f() -> fun g/1.
