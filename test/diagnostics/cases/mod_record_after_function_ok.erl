-module(mod_record_after_function_ok).
-export([f/0]).
f() -> #r{}.
-record(r, {a}).
