-module(rec_field_name_variable).
-export([f/1]).
-record(r, {a}).
f(X) -> #r{X = 1}.
