-module(rec_unused_nowarn).
-compile({nowarn_unused_record, [unused]}).
-export([f/0]).
-record(unused, {a}).
f() -> ok.
