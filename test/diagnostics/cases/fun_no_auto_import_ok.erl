-module(fun_no_auto_import_ok).
-compile({no_auto_import, [size/1]}).
-export([f/1]).
f(X) -> size(X).
size(_) -> 0.
