-module(fun_import_new_bif).
-import(my_mod, [binary_to_float/1]).
-export([f/1]).
f(X) -> binary_to_float(X).
