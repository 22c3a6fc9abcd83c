-module(rec_unused).
-export([f/0]).
-record(used, {a}).
-record(unused, {a}).
f() -> #used{}.
