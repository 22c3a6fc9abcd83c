-module(parse_unbalanced_paren).
-export([f/1]).
f(X) -> (X + 1.
