-module(parse_map_bad_field).
-export([f/0]).
f() -> #{a}.
