-module(var_unbound_record_update).
-export([f/0]).
-record(r, {a}).
f() -> R#r{a = 1}.
