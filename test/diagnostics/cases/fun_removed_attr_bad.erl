-module(fun_removed_attr_bad).
-export([f/0]).
-removed([{f, 0, "gone"}]).
-removed([{g, 1}]).
f() -> ok.
