-module(rec_typed_undefined_type).
-export([f/0]).
-record(r, {a :: nope()}).
f() -> #r{}.
