-module(fun_export_all).
-compile(export_all).
f() -> ok.
g() -> f().
