-module(bin_sign_conflict).
-export([f/1]).
f(X) -> <<X/signed-unsigned>>.
