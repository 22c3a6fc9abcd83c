-export([f/0]).
f() -> ?MODULE.
-module(epp_module_macro_before_module).
