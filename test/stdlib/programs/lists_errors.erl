#!/usr/bin/env escript
-module(lists_errors).
-export([main/1]).
-mode(compile).

%% Prints the class, reason and top stack frame of each failing call.
try_it(F) ->
    try F() of
        V -> io:format("ok ~w~n", [V])
    catch
        C:R:St ->
            [{M, Fn, A, _} | _] = St,
            Args = if is_list(A) -> length(A); true -> A end,
            io:format("~w ~w ~w:~w/~w~n", [C, R, M, Fn, Args])
    end.

main(_) ->
    try_it(fun() -> lists:nth(0, [a]) end),
    try_it(fun() -> lists:nth(2, [a]) end),
    try_it(fun() -> lists:nthtail(2, [a]) end),
    try_it(fun() -> lists:last([]) end),
    try_it(fun() -> lists:seq(a, 1) end),
    try_it(fun() -> lists:seq(1, 5, 0) end),
    try_it(fun() -> lists:seq(1, 5, -1) end),
    try_it(fun() -> lists:sublist([a], -1) end),
    try_it(fun() -> lists:split(3, [a]) end),
    try_it(fun() -> lists:split(-1, [a]) end),
    try_it(fun() -> lists:reverse(a) end),
    try_it(fun() -> lists:reverse([a, b | c]) end),
    try_it(fun() -> lists:reverse([a | b], []) end),
    try_it(fun() -> lists:member(a, b) end),
    try_it(fun() -> lists:member(a, [a | b]) end),
    try_it(fun() -> lists:keyfind(a, 0, []) end),
    try_it(fun() -> lists:map(a, []) end),
    try_it(fun() -> lists:map(fun(X) -> X end, a) end),
    try_it(fun() -> lists:foldl(fun(X, A) -> X + A end, 0, [1 | x]) end),
    try_it(fun() -> lists:zip([1], []) end),
    try_it(fun() -> lists:duplicate(-1, x) end),
    try_it(fun() -> lists:max([]) end),
    try_it(fun() -> lists:sum([a]) end),
    try_it(fun() -> lists:sort(a) end),
    try_it(fun() -> lists:droplast([]) end),
    try_it(fun() -> lists:flatten(a) end),
    try_it(fun() -> lists:keysort(0, []) end),
    try_it(fun() -> lists:delete(a, b) end),
    try_it(fun() -> lists:enumerate(a) end),
    try_it(fun() -> lists:filter(fun(_) -> maybe end, [1]) end),
    ok.
