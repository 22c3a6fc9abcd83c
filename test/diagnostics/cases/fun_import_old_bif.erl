-module(fun_import_old_bif).
-import(my_mod, [length/1]).
-export([f/1]).
f(X) -> length(X).
