-module(epp_undefined_macro_twice).
-export([f/0, g/0]).
f() -> ?A.
g() -> ?B(1).
