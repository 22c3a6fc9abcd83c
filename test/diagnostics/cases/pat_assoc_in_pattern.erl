-module(pat_assoc_in_pattern).
-export([f/1]).
f(#{a => 1}) -> ok.
