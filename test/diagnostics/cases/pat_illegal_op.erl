-module(pat_illegal_op).
-export([f/1]).
f(a andalso b) -> ok.
