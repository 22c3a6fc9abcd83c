-module(pat_map_key_expression).
-export([f/1]).
f(#{{a, 1 + 1} := V}) -> V.
