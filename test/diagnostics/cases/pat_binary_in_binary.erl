-module(pat_binary_in_binary).
-export([f/1]).
f(<<<<1>>, X/binary>>) -> X.
