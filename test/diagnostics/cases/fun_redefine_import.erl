-module(fun_redefine_import).
-import(lists, [reverse/1]).
-import(my_lists, [reverse/1]).
-export([f/1]).
f(X) -> reverse(X).
