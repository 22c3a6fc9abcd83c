-module(guard_map_update_ok).
-export([f/1]).
f(M) when M#{a => 1} =:= #{a => 1} -> ok.
