-module(fun_no_auto_import_undefined).
-compile({no_auto_import, [length/1]}).
-export([f/1]).
f(X) -> length(X).
