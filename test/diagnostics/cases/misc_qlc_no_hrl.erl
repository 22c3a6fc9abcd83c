-module(misc_qlc_no_hrl).
-export([f/1]).
f(L) -> qlc:q([X || X <- L]).
