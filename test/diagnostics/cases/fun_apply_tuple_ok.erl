-module(fun_apply_tuple_ok).
-export([f/1]).
f(F) -> F(1), (fun(X) -> X end)(2).
