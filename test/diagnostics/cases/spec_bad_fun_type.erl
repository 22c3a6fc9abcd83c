-module(spec_bad_fun_type).
-export([f/1]).
-spec f(fun((integer()) -> ok)) -> ok.
f(_) -> ok.
