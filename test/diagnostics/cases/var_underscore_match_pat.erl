-module(var_underscore_match_pat).
-export([f/2]).
f(_A, _A) -> ok.
