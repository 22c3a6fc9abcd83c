-module(parse_head_mismatch_name).
-export([f/1]).
f(0) -> zero;
g(_) -> other.
