-module(pat_map_alias_unbound).
-export([f/1]).
f(#{K := 1} = #{K := 2}) -> ok.
