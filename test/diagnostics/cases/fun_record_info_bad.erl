-module(fun_record_info_bad).
-export([f/1]).
-record(r, {a}).
f(X) -> {record_info(foo, r), record_info(X, r), record_info(size, r)}.
