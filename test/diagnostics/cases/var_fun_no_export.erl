-module(var_fun_no_export).
-export([f/0]).
f() ->
    F = fun() -> Inner = 1, Inner end,
    {F, Inner}.
