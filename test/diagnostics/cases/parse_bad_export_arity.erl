-module(parse_bad_export_arity).
-export([f/x]).
f() -> ok.
