-module(epp_bad_include_lib).
-include_lib("nonexistent_app/include/nothing.hrl").
-export([f/0]).
f() -> ok.
