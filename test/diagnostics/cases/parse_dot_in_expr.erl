-module(parse_dot_in_expr).
-export([f/0]).
f() -> 1 . 2.
