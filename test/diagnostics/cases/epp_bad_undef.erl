-module(epp_bad_undef).
-export([f/0]).
-undef().
f() -> ok.
