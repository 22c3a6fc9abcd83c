-module(parse_end_without_begin).
-export([f/0]).
f() -> ok end.
