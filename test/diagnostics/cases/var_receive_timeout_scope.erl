-module(var_receive_timeout_scope).
-export([f/1]).
f(T) ->
    receive
        _ -> ok
    after (T0 = T) -> T0
    end.
