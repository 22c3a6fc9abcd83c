-module(rec_nowarn_unused_undefined).
-compile({nowarn_unused_record, [nope]}).
-export([f/0]).
f() -> ok.
