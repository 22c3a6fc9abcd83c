-module(pat_match_in_pattern_ok).
-export([f/1]).
f({A, _} = {_, B} = T) -> {A, B, T}.
