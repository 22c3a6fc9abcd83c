-module(epp_redefine_predef).
-export([f/0]).
-define(MODULE, foo).
f() -> ok.
