-module(epp_include_nested_missing).
-export([f/0]).
-include("epp_inc_nested.hrl").
f() -> ok.
