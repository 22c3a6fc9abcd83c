-module(bin_bytes_size_default).
-export([f/1]).
f(X) -> <<X/binary-unit:4>>.
