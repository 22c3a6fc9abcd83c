-module(ok_guards).
-export([f/1]).
f(X) when is_list(X); is_tuple(X), tuple_size(X) > 2; is_map(X) andalso map_size(X) == 0 -> a;
f(X) when X =:= 1 orelse X =:= 2, not (X > 3) -> b;
f(X) when is_function(X, 1), abs(-1) =:= 1, trunc(1.5) + round(1.5) > 0, hd([X]) =:= X -> c;
f(_) -> d.
