-module(fun_undefined_in_record_default).
-export([f/0]).
-record(r, {a = undefined_fun()}).
f() -> #r{}.
