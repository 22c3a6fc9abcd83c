-module(fun_deprecated_attr_bad).
-export([f/0]).
-deprecated([{g, 0}]).
-deprecated([{f, 0, bad_flag}]).
-deprecated(foo).
f() -> ok.
