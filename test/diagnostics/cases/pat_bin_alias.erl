-module(pat_bin_alias).
-export([f/1]).
f(<<A:8>> = <<B:8>>) -> {A, B}.
