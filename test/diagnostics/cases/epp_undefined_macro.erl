-module(epp_undefined_macro).
-export([f/0]).
f() -> ?FOO + 1.
