-module(pat_string_prefix_with_var).
-export([f/1]).
f([X | "b"] ++ T) -> {X, T}.
