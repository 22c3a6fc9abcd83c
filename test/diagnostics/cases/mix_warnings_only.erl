-module(mix_warnings_only).
-export([f/1]).
-record(r, {a}).
-type t() :: integer().
f(X) -> fun(X) -> ok end.
g() -> ok.
