#!/usr/bin/env escript
-module(guard_bifs).
-export([main/1]).
-mode(compile).
%% Exercises: BIFs allowed in guards

id(X) -> X.
f(X) when is_list(X), length(X) > 2 -> long_list;
f(X) when is_tuple(X), tuple_size(X) =:= 2, element(1, X) =:= k -> kv;
f(X) when is_binary(X), byte_size(X) > 1 -> bin;
f(X) when is_map(X), map_size(X) > 0 -> map;
f(X) when is_map_key(k, X) -> unreachable_for_empty;
f(X) when abs(X) > 100 -> large;
f(X) when trunc(X) =:= 3 -> three_ish;
f(X) when X rem 2 =:= 0 -> even;
f(_) -> other.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [[1, 2, 3], {k, v}, <<1, 2>>, #{a => 1}, #{}, -200, 3.7, 4, 5, []]]]).
