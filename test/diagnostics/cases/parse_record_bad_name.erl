-module(parse_record_bad_name).
-export([f/0]).
f() -> #1{}.
