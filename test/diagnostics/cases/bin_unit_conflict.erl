-module(bin_unit_conflict).
-export([f/1]).
f(X) -> <<X:8/unit:8-unit:4>>.
