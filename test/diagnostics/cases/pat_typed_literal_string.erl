-module(pat_typed_literal_string).
-export([f/1]).
f(<<"abc":8>>) -> ok.
