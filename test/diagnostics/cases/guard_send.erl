-module(guard_send).
-export([f/1]).
f(X) when X ! hello -> ok.
