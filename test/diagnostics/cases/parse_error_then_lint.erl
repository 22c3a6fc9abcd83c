-module(parse_error_then_lint).
-export([f/0, g/0]).
f() -> g(.
g() -> Unbound.
