-module(epp_stringify_ok).
-export([f/0]).
-define(S(X), ??X).
f() -> ?S(a + b).
