-module(rec_recursive_default).
-export([f/0]).
-record(r, {a = #r{}}).
f() -> #r{}.
