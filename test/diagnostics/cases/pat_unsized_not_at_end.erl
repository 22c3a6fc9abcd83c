-module(pat_unsized_not_at_end).
-export([f/1]).
f(<<A/binary, B:8>>) -> {A, B}.
