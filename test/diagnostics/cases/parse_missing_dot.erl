-module(parse_missing_dot).
-export([f/0]).
f() -> ok
g() -> ok.
