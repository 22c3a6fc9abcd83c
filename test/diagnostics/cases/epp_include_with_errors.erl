-module(epp_include_with_errors).
-export([f/0]).
-include("epp_inc_bad.hrl").
f() -> helper().
