-module(mix_multiple_files_order).
-export([f/0]).
-include("mix_inc2.hrl").
f() -> {inc2(), Z}.
