-module('009-receive').
f() ->
    receive
        {msg, X} -> X;
        stop -> ok
    end.
g(T) ->
    receive
        {msg, X} when X > 0 -> X
    after T -> timeout
    end.
h() -> receive after 1000 -> ok end.
i() -> receive after infinity -> a, b, c end.
j(T) -> receive A -> A; B when B -> B after T + 1 -> t1, t2 end.
