-module(fun_on_load_bad).
-on_load(foo).
-export([f/0]).
f() -> ok.
