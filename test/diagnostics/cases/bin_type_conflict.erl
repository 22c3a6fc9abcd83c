-module(bin_type_conflict).
-export([f/1]).
f(X) -> <<X/integer-float>>.
