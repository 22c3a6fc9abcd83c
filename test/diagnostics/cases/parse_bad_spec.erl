-module(parse_bad_spec).
-export([f/0]).
-spec f() ok.
f() -> ok.
