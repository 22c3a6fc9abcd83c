-module(parse_bad_record_def).
-export([f/0]).
-record(r, foo).
f() -> ok.
