-module(epp_bad_define_args).
-export([f/0]).
-define(F(1), x).
f() -> ok.
