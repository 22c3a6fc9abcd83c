#!/usr/bin/env escript
-module(guard_map_get).
-export([main/1]).
-mode(compile).
%% Exercises: map_get and is_map_key in guards

id(X) -> X.
f(M) when map_get(kind, M) =:= a -> kind_a;
f(M) when is_map_key(other, M) -> has_other;
f(_) -> neither.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [#{kind => a}, #{kind => b, other => 1}, #{}, not_a_map]]]).
