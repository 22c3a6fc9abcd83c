-module(parse_head_mismatch_arity).
-export([f/1]).
f(0) -> zero;
f(_, _) -> other.
