-module(epp_warning_directive).
-export([f/0]).
-warning("remember to remove this").
f() -> ok.
