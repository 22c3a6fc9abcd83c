-module(spec_multi_clause_arity).
-export([f/1]).
-spec f(integer()) -> ok; (atom(), atom()) -> error.
f(_) -> ok.
