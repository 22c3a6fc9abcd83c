-module(rec_use_before_def).
-export([f/0]).
f() -> #later{}.
-record(later, {a}).
