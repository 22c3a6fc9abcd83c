-module(bin_endian_conflict).
-export([f/1]).
f(X) -> <<X/big-little>>.
