-module(epp_bad_include_arg).
-include(foo).
-export([f/0]).
f() -> ok.
