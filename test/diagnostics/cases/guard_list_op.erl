-module(guard_list_op).
-export([f/1]).
f(X) when X ++ [1] =:= [] -> ok.
