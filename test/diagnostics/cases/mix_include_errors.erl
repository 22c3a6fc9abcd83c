-module(mix_include_errors).
-export([f/0]).
-include("mix_inc.hrl").
f() -> {inc_fun(), X}.
