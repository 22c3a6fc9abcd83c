-module(fun_fun_record_info).
-export([f/0]).
f() -> fun record_info/2.
