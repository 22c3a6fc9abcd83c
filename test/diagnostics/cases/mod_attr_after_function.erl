-module(mod_attr_after_function).
-export([f/0]).
f() -> g().
-export([g/0]).
g() -> ok.
