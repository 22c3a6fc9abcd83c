-module(parse_keyword_as_atom).
-export([f/0]).
f() -> case.
