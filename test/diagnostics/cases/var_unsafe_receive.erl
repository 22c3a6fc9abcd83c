-module(var_unsafe_receive).
-export([f/0]).
f() ->
    receive
        {a, X} -> ok;
        b -> ok
    end,
    X.
