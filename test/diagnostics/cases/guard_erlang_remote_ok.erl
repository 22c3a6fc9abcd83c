-module(guard_erlang_remote_ok).
-export([f/1]).
f(X) when erlang:is_list(X), erlang:length(X) > 1, erlang:'+'(1, 2) =:= 3 -> ok.
