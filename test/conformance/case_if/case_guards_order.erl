#!/usr/bin/env escript
-module(case_guards_order).
-export([main/1]).
-mode(compile).
%% Exercises: first matching clause wins, guards evaluated in order

id(X) -> X.
f(X) ->
    case X of
        N when N > 100 -> huge;
        N when N > 10 -> big;
        N when N > 0 -> small;
        0 -> zero;
        _ -> negative
    end.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [1000, 50, 5, 0, -5]]]).
