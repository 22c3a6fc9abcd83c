-module(var_unsafe_receive_after).
-export([f/0]).
f() ->
    receive
        {a, X} -> X
    after 10 -> ok
    end,
    X.
