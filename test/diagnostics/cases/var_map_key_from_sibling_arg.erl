-module(var_map_key_from_sibling_arg).
-export([f/2]).
f(K, #{K := V}) -> V.
