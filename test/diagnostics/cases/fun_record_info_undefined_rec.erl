-module(fun_record_info_undefined_rec).
-export([f/0]).
f() -> record_info(fields, nope).
