-module(fun_duplicated_export).
-export([f/0, f/0]).
-export([f/0]).
f() -> ok.
