-module(guard_undefined_call).
-export([f/1]).
f(X) when nope(X) -> ok.
