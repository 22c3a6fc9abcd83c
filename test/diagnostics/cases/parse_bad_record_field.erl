-module(parse_bad_record_field).
-export([f/0]).
-record(r, {1}).
f() -> ok.
