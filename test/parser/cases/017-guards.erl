-module('017-guards').
f(X) when is_integer(X), X > 0; is_float(X) -> num;
f(X) when X =:= a orelse X =:= b -> ab;
f(X) when not is_atom(X) -> not_atom;
f(X) when element(1, X) == tag, size(X) > 2, map_get(k, X) =:= v -> tagged;
f(X) when X#r.a > 0 -> rec;
f(X) when (X > 0) and (X < 10) -> range;
f(X) when is_function(X, 2); is_map_key(k, X) -> fun2;
f(_) when true -> other.
g(X) when erlang:is_list(X) -> remote_guard.
