-module(parse_bad_type).
-export([f/0]).
-type t() :: 1 + .
f() -> ok.
