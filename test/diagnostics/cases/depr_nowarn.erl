-module(depr_nowarn).
-compile({nowarn_deprecated_function, [{erlang, now, 0}]}).
-export([f/0]).
f() -> erlang:now().
