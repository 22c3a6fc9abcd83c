-module(fun_undefined_export).
-export([f/0, g/1]).
f() -> ok.
