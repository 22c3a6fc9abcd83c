-module(var_exported_receive).
-export([f/0]).
f() ->
    receive
        {a, X} -> ok;
        {b, X} -> ok
    end,
    {X} = {1}.
