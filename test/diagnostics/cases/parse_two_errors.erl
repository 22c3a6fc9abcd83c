-module(parse_two_errors).
-export([f/0, g/0]).
f() -> [1, 2.
g() -> {a, b.
