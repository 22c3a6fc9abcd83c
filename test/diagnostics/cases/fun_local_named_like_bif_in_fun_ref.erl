-module(fun_local_named_like_bif_in_fun_ref).
-export([f/0, length/1]).
f() -> fun length/1.
length(_) -> 0.
