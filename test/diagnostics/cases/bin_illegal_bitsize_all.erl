-module(bin_illegal_bitsize_all).
-export([f/1]).
f(X) -> <<X:all/integer>>.
