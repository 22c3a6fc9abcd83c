-module(pat_map_key_call).
-export([f/1]).
f(#{g() := V}) -> V.
g() -> a.
