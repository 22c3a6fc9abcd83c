-module(bin_undefined_bittype).
-export([f/1]).
f(X) -> <<X/foo>>.
