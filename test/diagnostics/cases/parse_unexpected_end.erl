-module(parse_unexpected_end).
-export([f/0]).
f() -> begin ok.
