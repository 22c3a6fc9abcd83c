#!/usr/bin/env escript
-module(case_nested).
-export([main/1]).
-mode(compile).
%% Exercises: nested case and if with variable bindings flowing out

id(X) -> X.
f(X) ->
    R = case X of
            {A, B} ->
                case A > B of
                    true -> Y = A - B;
                    false -> Y = B - A
                end,
                {diff, Y};
            N when is_integer(N) ->
                if N > 0 -> Y = N; true -> Y = -N end,
                {abs, Y}
        end,
    {R, Y}.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [{3, 10}, {10, 3}, -7, 7]]]).
