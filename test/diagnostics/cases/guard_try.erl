-module(guard_try).
-export([f/1]).
f(X) when try X catch _ -> true end -> ok.
