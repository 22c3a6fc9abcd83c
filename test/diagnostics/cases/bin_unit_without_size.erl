-module(bin_unit_without_size).
-export([f/1]).
f(X) -> <<X/integer-unit:8>>.
