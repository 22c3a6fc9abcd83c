-module(fun_fun_ref_bif_ok).
-export([f/0]).
f() -> [fun length/1, fun erlang:abs/1, fun lists:map/2].
