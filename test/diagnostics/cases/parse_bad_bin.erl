-module(parse_bad_bin).
-export([f/1]).
f(X) -> <<X:>>.
