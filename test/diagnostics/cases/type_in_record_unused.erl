-module(type_in_record_unused).
-export([f/0]).
-type t() :: integer().
-record(r, {a :: t()}).
f() -> ok.
