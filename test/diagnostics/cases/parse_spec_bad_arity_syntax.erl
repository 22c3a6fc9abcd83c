-module(parse_spec_bad_arity_syntax).
-export([f/1]).
-spec f/2 (integer()) -> ok.
f(_) -> ok.
