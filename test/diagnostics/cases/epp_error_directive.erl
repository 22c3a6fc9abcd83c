-module(epp_error_directive).
-export([f/0]).
-error("this module is not finished").
f() -> ok.
