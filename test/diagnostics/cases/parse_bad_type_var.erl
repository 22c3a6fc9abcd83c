-module(parse_bad_type_var).
-export([f/0]).
-type t(1) :: integer().
f() -> ok.
