-module(spec_singleton_var).
-export([f/1]).
-spec f(A) -> ok.
f(_) -> ok.
