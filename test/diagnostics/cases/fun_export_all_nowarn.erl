-module(fun_export_all_nowarn).
-compile([export_all, nowarn_export_all]).
f() -> ok.
