-module(guard_fun).
-export([f/1]).
f(X) when fun() -> X end -> ok.
