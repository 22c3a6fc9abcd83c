-module(rec_empty_ok).
-export([f/1]).
-record(empty, {}).
f(#empty{}) -> #empty{}.
