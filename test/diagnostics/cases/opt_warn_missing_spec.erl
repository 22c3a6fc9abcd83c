-module(opt_warn_missing_spec).
-compile([warn_missing_spec, warn_untyped_record]).
-export([f/0]).
-record(r, {a, b :: integer()}).
f() -> #r{}.
g() -> ok.
