-module(spec_constraint_unused).
-export([f/1]).
-spec f(A) -> A when B :: integer().
f(X) -> X.
