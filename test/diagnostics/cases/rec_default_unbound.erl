-module(rec_default_unbound).
-export([f/0]).
-record(r, {a = fun() -> Y end}).
f() -> #r{}.
